import { z } from 'zod';
import { dayNumber, dayNumberOf, dayOfMonthOf, daysInMonth, isoDateOf, isoInstantOf, monthOf, weekdayOf, yearOf } from './dayNumbers';
import { stockholmDayNumber, stockholmEpochMs } from './stockholmTime';

export { TIME_ZONE } from './stockholmTime';

export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2199-12-31';

/**
 * A calendar date, `YYYY-MM-DD`; rejects dates that do not exist, such as 2026-02-30, and dates outside
 * 2000–2199, which no guideline needs and which would only carry a typo (0026, 9999) into the schedules.
 */
export const isoDate = z.iso
  .date({ error: 'must be an existing calendar date written YYYY-MM-DD', abort: true })
  .refine((date) => date >= FIRST_DATE && date <= LAST_DATE, { error: `must be a date from ${FIRST_DATE} to ${LAST_DATE}` });
export type IsoDate = z.infer<typeof isoDate>;

export const FIRST_YEAR = Number(FIRST_DATE.slice(0, 4));
export const LAST_YEAR = Number(LAST_DATE.slice(0, 4));
const YEAR_RANGE = `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`;

/** A year as a number, in the range of the accepted dates. */
export const yearNumberSchema = z.int({ error: YEAR_RANGE }).min(FIRST_YEAR, { error: YEAR_RANGE }).max(LAST_YEAR, { error: YEAR_RANGE });

/** A local time of day, `HH:MM` or `HH:MM:SS`. */
export const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, { error: 'must be a time of day written HH:MM' });

function wholeNumber(fn: string, name: string, n: number): number {
  if (!Number.isInteger(n)) throw new RangeError(`${fn}: ${name} must be a whole number, got ${n}`);
  return n;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateOf(dayNumber(date) + wholeNumber('addDays', 'days', days));
}

/** The same day `months` later; the 31st becomes the month's last day where it has fewer. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const monthIndex = yearOf(date) * 12 + monthOf(date) - 1 + wholeNumber('addMonths', 'months', months);
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return isoDateOf(dayNumberOf(year, month, Math.min(dayOfMonthOf(date), daysInMonth(year, month))));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return weekdayOf(dayNumber(date));
}

/** The UTC instant (ISO string) of a local date and time in Stockholm, daylight saving included. */
export function stockholmInstant(date: IsoDate, time = '00:00'): string {
  const [hour, minute, second = 0] = time.split(':').map(Number);
  return isoInstantOf(stockholmEpochMs(dayNumber(date), ((hour * 60 + minute) * 60 + second) * 1000));
}

/** The Stockholm calendar date of an instant given in epoch milliseconds. */
export function stockholmDate(epochMs: number): IsoDate {
  return isoDateOf(stockholmDayNumber(epochMs));
}
