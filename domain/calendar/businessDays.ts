import Holidays from 'date-holidays';
import { z } from 'zod';
import { addDays, IsoDate, weekday } from './dates';

/**
 * Swedish public holidays plus the de facto days off (Midsummer Eve, Christmas Eve, New Year's Eve),
 * which date-holidays classes as bank holidays. Half days such as Walpurgis Eve stay business days.
 */
const DAYS_OFF = new Set(['public', 'bank']);
const swedishHolidays = new Holidays('SE');
const holidaysByYear = new Map<number, Map<IsoDate, string>>();

function holidaysOf(year: number): Map<IsoDate, string> {
  let days = holidaysByYear.get(year);
  if (!days) {
    days = new Map();
    for (const h of swedishHolidays.getHolidays(year)) {
      if (DAYS_OFF.has(h.type)) days.set(h.date.slice(0, 10), h.name);
    }
    holidaysByYear.set(year, days);
  }
  return days;
}

/** The holiday's Swedish name when the date is a day off, otherwise undefined. */
export function swedishHoliday(date: IsoDate): string | undefined {
  return holidaysOf(Number(date.slice(0, 4))).get(date);
}

export function isBusinessDay(date: IsoDate): boolean {
  return weekday(date) <= 5 && swedishHoliday(date) === undefined;
}

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { error: 'must be a day of the year written MM-DD' });

/** A period recurring every year, inclusive at both ends; `from` after `to` wraps over New Year. */
export const quietPeriodSchema = z.object({
  name: z.string().min(1).optional(),
  from: monthDay,
  to: monthDay,
});
export type QuietPeriod = z.infer<typeof quietPeriodSchema>;

export const JULY: QuietPeriod = { name: 'juli', from: '07-01', to: '07-31' };

export function inQuietPeriod(date: IsoDate, periods: readonly QuietPeriod[]): boolean {
  const md = date.slice(5);
  return periods.some((p) => (p.from <= p.to ? p.from <= md && md <= p.to : md >= p.from || md <= p.to));
}

/** The date `n` business days before `date` (n >= 1), not counting `date` itself. */
export function subtractBusinessDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`subtractBusinessDays: n must be a whole number of at least 1, got ${n}`);
  let day = date;
  for (let counted = 0; counted < n;) {
    day = addDays(day, -1);
    if (isBusinessDay(day)) counted++;
  }
  return day;
}

/** The date `n` business days after `date` (n >= 1), not counting `date` itself. */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`addBusinessDays: n must be a whole number of at least 1, got ${n}`);
  let day = date;
  for (let counted = 0; counted < n;) {
    day = addDays(day, 1);
    if (isBusinessDay(day)) counted++;
  }
  return day;
}

// A year of quiet periods and holidays cannot push a date back further than this; a policy that does is broken.
const MAX_SHIFT_DAYS = 400;

/** `date` if it is a business day outside every quiet period, otherwise the closest earlier such day. */
export function lastBusinessDayOutside(date: IsoDate, quietPeriods: readonly QuietPeriod[]): IsoDate {
  let day = date;
  for (let i = 0; i < MAX_SHIFT_DAYS; i++) {
    if (isBusinessDay(day) && !inQuietPeriod(day, quietPeriods)) return day;
    day = addDays(day, -1);
  }
  throw new Error(`no business day outside the quiet periods within ${MAX_SHIFT_DAYS} days before ${date}`);
}
