import { z } from 'zod';
import { singleLine } from '../fields';
import { dayNumberOf, daysInMonth, yearOf } from './dayNumbers';

// Quiet periods must leave business days to move a mail to: with these bounds the closest one always lies within
// 200 days (any 200 days hold at least 140 weekdays, at most 13 of them holidays).
const MAX_QUIET_PERIODS = 12;
const MAX_QUIET_DAYS = 120;

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_DAY_ERROR = 'must be a day of the year written MM-DD';

// Periods are measured in a leap year, so that 02-29 counts and no length is underestimated.
const LEAP_YEAR = 2000;
const DAYS_IN_LEAP_YEAR = 366;

/** 0 for 01-01 … 365 for 12-31 in a leap year, or undefined when `monthDay` is not such a day. */
function leapDayOfYear(monthDay: unknown): number | undefined {
  if (typeof monthDay !== 'string' || !MONTH_DAY.test(monthDay)) return undefined;
  const month = Number(monthDay.slice(0, 2));
  const day = Number(monthDay.slice(3));
  if (day > daysInMonth(LEAP_YEAR, month)) return undefined;
  return dayNumberOf(LEAP_YEAR, month, day) - dayNumberOf(LEAP_YEAR, 1, 1);
}

const monthDay = z
  .string()
  .regex(MONTH_DAY, { error: MONTH_DAY_ERROR, abort: true })
  .refine((md) => leapDayOfYear(md) !== undefined, { error: MONTH_DAY_ERROR });

/** The days of a leap year a period covers, or [] while it is malformed (its fields then report why). */
function coveredDays(period: { from?: unknown; to?: unknown }): number[] {
  const from = leapDayOfYear(period.from);
  const to = leapDayOfYear(period.to);
  if (from === undefined || to === undefined) return [];
  const length = ((to - from + DAYS_IN_LEAP_YEAR) % DAYS_IN_LEAP_YEAR) + 1;
  return Array.from({ length }, (_, i) => (from + i) % DAYS_IN_LEAP_YEAR);
}

/** A period recurring every year, inclusive at both ends; `from` after `to` wraps over New Year. */
export const quietPeriodSchema = z.strictObject({
  name: singleLine(80).optional(),
  from: monthDay,
  to: monthDay,
});
export type QuietPeriod = z.infer<typeof quietPeriodSchema>;

/**
 * A policy's quiet periods: at most 12, covering at most 120 days of the year together (counted in a leap year),
 * so that there are always business days outside them to move a mail to.
 */
export const quietPeriodsSchema = z
  .array(quietPeriodSchema)
  .max(MAX_QUIET_PERIODS, { error: `at most ${MAX_QUIET_PERIODS} quiet periods` })
  .refine((periods) => new Set(periods.flatMap(coveredDays)).size <= MAX_QUIET_DAYS, {
    error: `quiet periods may cover at most ${MAX_QUIET_DAYS} days of the year together, so that business days remain`,
  });

export const JULY: QuietPeriod = { name: 'juli', from: '07-01', to: '07-31' };

function contains(period: QuietPeriod, monthDay: string): boolean {
  return period.from <= period.to ? period.from <= monthDay && monthDay <= period.to : monthDay >= period.from || monthDay <= period.to;
}

export function inQuietPeriod(date: string, periods: readonly QuietPeriod[]): boolean {
  const md = date.slice(5);
  return periods.some((p) => contains(p, md));
}

/** The day number of the first day in `year` whose MM-DD is `monthDay` or later (02-29 in a common year: 1 March). */
function firstDayFrom(year: number, monthDay: string): number {
  const month = Number(monthDay.slice(0, 2));
  return dayNumberOf(year, month, 1) + Math.min(Number(monthDay.slice(3)), daysInMonth(year, month) + 1) - 1;
}

/**
 * The day number on which the quiet stretch holding `date` began: every day from it to `date` lies in one of
 * the periods. Undefined when `date` lies in none.
 */
export function quietSince(date: string, periods: readonly QuietPeriod[]): number | undefined {
  const md = date.slice(5);
  const period = periods.find((p) => contains(p, md));
  if (!period) return undefined;
  const year = yearOf(date);
  return firstDayFrom(period.from <= md ? year : year - 1, period.from);
}

/** The day number of the last day in `year` whose MM-DD is `monthDay` or earlier (02-29 in a common year: 28 February). */
function lastDayUpTo(year: number, monthDay: string): number {
  const month = Number(monthDay.slice(0, 2));
  return dayNumberOf(year, month, Math.min(Number(monthDay.slice(3)), daysInMonth(year, month)));
}

/**
 * The day number on which the quiet period holding `date` ends: every day from `date` to it lies in that period.
 * Undefined when `date` lies in none.
 */
export function quietUntil(date: string, periods: readonly QuietPeriod[]): number | undefined {
  const md = date.slice(5);
  const period = periods.find((p) => contains(p, md));
  if (!period) return undefined;
  const year = yearOf(date);
  return lastDayUpTo(period.from <= period.to || md <= period.to ? year : year + 1, period.to);
}
