/**
 * Calendar dates as day numbers: whole days since 1970-01-01 in the proleptic Gregorian calendar, so that date
 * arithmetic is integer arithmetic. Pure and deterministic, for workflow code (after H. Hinnant's civil-day algorithms).
 */

const DAYS_PER_400_YEARS = 146_097;
// Days from 0000-03-01, where these algorithms count from, to 1970-01-01.
const EPOCH_SHIFT = 719_468;

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

/** The day number of a year, month (1–12) and day of month (1–31). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - EPOCH_SHIFT;
}

// Reading digits by character code is several times faster than slicing and converting; dates reach this code
// validated as `YYYY-MM-DD`.
const digit = (date: string, i: number) => date.charCodeAt(i) - 48;
export const yearOf = (date: string) => digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
export const monthOf = (date: string) => digit(date, 5) * 10 + digit(date, 6);
export const dayOfMonthOf = (date: string) => digit(date, 8) * 10 + digit(date, 9);

/** The day number of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): number {
  return dayNumberOf(yearOf(date), monthOf(date), dayOfMonthOf(date));
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilDate(dayNumber: number): CivilDate {
  const z = dayNumber + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_400_YEARS);
  const dayOfEra = z - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The `YYYY-MM-DD` date of a day number. */
export function isoDateOf(dayNumber: number): string {
  const { year, month, day } = civilDate(dayNumber);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export const DAY_MS = 86_400_000;

/** An instant as Date.prototype.toISOString writes it (`YYYY-MM-DDTHH:MM:SS.mmmZ`), at a fraction of its cost. */
export function isoInstantOf(epochMs: number): string {
  const day = Math.floor(epochMs / DAY_MS);
  const ms = epochMs - day * DAY_MS;
  const time = `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}`;
  return `${isoDateOf(day)}T${time}.${pad(ms % 1000, 3)}Z`;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
