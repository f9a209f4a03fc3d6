import { calendarYear, calendarYearOf, CalendarYear } from './calendarYears';
import { dayNumber, isoDateOf, yearOf } from './dayNumbers';
import type { IsoDate } from './dates';
import { QuietPeriod, quietSince, quietUntil } from './quietPeriods';
import { DAY_OFF_NAMES } from './swedishDaysOff';

export { inQuietPeriod, JULY, quietPeriodSchema, quietPeriodsSchema } from './quietPeriods';
export type { QuietPeriod } from './quietPeriods';

/**
 * The Swedish name of the day off on `date`, or undefined: public holidays plus the de facto days off (Midsummer
 * Eve, Christmas Eve, New Year's Eve), from the table generated from date-holidays for 1990–2300; half days such as
 * Walpurgis Eve stay business days. Outside the table no day is a holiday, and business days are weekdays.
 */
export function swedishHoliday(date: IsoDate): string | undefined {
  const year = calendarYear(yearOf(date));
  const name = year.dayOff[dayNumber(date) - year.start];
  return name ? DAY_OFF_NAMES[name - 1] : undefined;
}

function isBusinessDayOf(year: CalendarYear, dayOfYear: number): boolean {
  return year.businessDaysBefore[dayOfYear + 1] > year.businessDaysBefore[dayOfYear];
}

export function isBusinessDay(date: IsoDate): boolean {
  const year = calendarYear(yearOf(date));
  return isBusinessDayOf(year, dayNumber(date) - year.start);
}

// About 40 years of business days: far beyond any policy's offsets, and a bound on the years built on the way.
const MAX_BUSINESS_DAYS = 10_000;

function checkedCount(fn: string, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`${fn}: n must be a whole number of at least 1, got ${n}`);
  if (n > MAX_BUSINESS_DAYS) throw new RangeError(`${fn}: n must be at most ${MAX_BUSINESS_DAYS}, got ${n}`);
  return n;
}

/** The day number `n` business days before `day`, counting a year of business days at a time. */
function stepBack(day: number, n: number): number {
  let year = calendarYearOf(day);
  let index = year.businessDaysBefore[day - year.start] - n;
  while (index < 0) {
    year = calendarYear(year.year - 1);
    index += year.businessDays.length;
  }
  return year.start + year.businessDays[index];
}

/** The date `n` business days before `date` (1 <= n <= 10,000), not counting `date` itself. */
export function subtractBusinessDays(date: IsoDate, n: number): IsoDate {
  return isoDateOf(stepBack(dayNumber(date), checkedCount('subtractBusinessDays', n)));
}

/** The day number `n` business days after `day`, counting a year of business days at a time. */
function stepForward(day: number, n: number): number {
  let year = calendarYearOf(day);
  let index = year.businessDaysBefore[day - year.start + 1] + n - 1;
  while (index >= year.businessDays.length) {
    index -= year.businessDays.length;
    year = calendarYear(year.year + 1);
  }
  return year.start + year.businessDays[index];
}

/** The date `n` business days after `date` (1 <= n <= 10,000), not counting `date` itself. */
export function addBusinessDays(date: IsoDate, n: number): IsoDate {
  return isoDateOf(stepForward(dayNumber(date), checkedCount('addBusinessDays', n)));
}

// Quiet periods that quietPeriodsSchema accepts cannot push a date this far; only a refused policy can.
const MAX_SHIFT_DAYS = 400;

/**
 * `date` if it is a business day outside every quiet period, otherwise the closest earlier such day: where a mail
 * that must come before something goes. It skips a quiet stretch or a run of days off at a time. Throws a RangeError only for quiet periods that
 * quietPeriodsSchema refuses, which can leave no such day.
 */
export function lastBusinessDayOutside(date: IsoDate, quietPeriods: readonly QuietPeriod[]): IsoDate {
  const start = dayNumber(date);
  for (let day = start; day > start - MAX_SHIFT_DAYS;) {
    const candidate = isoDateOf(day);
    const quietFrom = quietSince(candidate, quietPeriods);
    if (quietFrom !== undefined) {
      day = quietFrom - 1;
      continue;
    }
    const year = calendarYearOf(day);
    if (isBusinessDayOf(year, day - year.start)) return candidate;
    day = stepBack(day, 1);
  }
  throw new RangeError(`no business day outside the quiet periods within ${MAX_SHIFT_DAYS} days before ${date}`);
}

/**
 * `date` if it is a business day outside every quiet period, otherwise the closest later such day: where a mail
 * that follows a date goes. It skips a quiet stretch or a run of days off at a time. Throws a RangeError only for
 * quiet periods that quietPeriodsSchema refuses, which can leave no such day.
 */
export function firstBusinessDayOutside(date: IsoDate, quietPeriods: readonly QuietPeriod[]): IsoDate {
  const start = dayNumber(date);
  for (let day = start; day < start + MAX_SHIFT_DAYS;) {
    const candidate = isoDateOf(day);
    const quietTo = quietUntil(candidate, quietPeriods);
    if (quietTo !== undefined) {
      day = quietTo + 1;
      continue;
    }
    const year = calendarYearOf(day);
    if (isBusinessDayOf(year, day - year.start)) return candidate;
    day = stepForward(day, 1);
  }
  throw new RangeError(`no business day outside the quiet periods within ${MAX_SHIFT_DAYS} days after ${date}`);
}
