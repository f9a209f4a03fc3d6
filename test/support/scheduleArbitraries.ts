import fc from 'fast-check';
import { inQuietPeriod, isBusinessDay, JULY, QuietPeriod, quietPeriodsSchema } from '../../domain/calendar/businessDays';
import { addDays, IsoDate } from '../../domain/calendar/dates';

/** Generators of what the schemas accept, for the property tests of the schedule functions. */

const DAY_MS = 86_400_000;
const FIRST_MS = Date.UTC(2000, 0, 1);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A date from `from` to `to`, inclusive. */
export const dateBetween = (from: IsoDate, to: IsoDate) =>
  fc
    .integer({ min: Date.parse(`${from}T00:00:00Z`) / DAY_MS, max: Date.parse(`${to}T00:00:00Z`) / DAY_MS })
    .map((day) => isoOf(day * DAY_MS));
/** Any date the schemas accept, kept a year from their ends so that schedules reaching back or ahead stay inside. */
export const date = dateBetween('2001-01-01', '2198-12-31');

/** A time of day as `timeOfDay` accepts it, away from the hour that daylight saving skips or repeats. */
export const timeOfDay = fc
  .tuple(
    fc.integer({ min: 0, max: 23 }).filter((h) => h !== 2),
    fc.integer({ min: 0, max: 59 }),
  )
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

function period(start: number, length: number): QuietPeriod {
  const monthDay = (i: number) => isoOf(FIRST_MS + (i % 366) * DAY_MS).slice(5);
  return { from: monthDay(start), to: monthDay(start + length - 1) };
}
const periodOf = (maxLength: number) =>
  fc.tuple(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 1, max: maxLength })).map(([start, length]) => period(start, length));

/** Quiet periods as quietPeriodsSchema accepts them: none, July, many short ones, or a few up to the longest allowed. */
export const quietPeriods = fc
  .oneof(
    fc.constant([] as QuietPeriod[]),
    fc.constant([JULY]),
    fc.array(periodOf(10), { maxLength: 12 }),
    fc.tuple(periodOf(120), fc.array(periodOf(20), { maxLength: 3 })).map(([long, short]) => [long, ...short]),
  )
  .filter((periods) => quietPeriodsSchema.safeParse(periods).success);

/** A business day outside every quiet period: where every scheduled mail must fall. */
export const outside = (d: IsoDate, periods: readonly QuietPeriod[]) => isBusinessDay(d) && !inQuietPeriod(d, periods);

/** The days from `from` to `to`, inclusive. */
export function* days(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

/** The date `n` business days before `d`, counted a day at a time: an oracle independent of the calendar's tables. */
export function businessDaysBefore(d: IsoDate, n: number): IsoDate {
  let day = d;
  for (let left = n; left > 0;) if (isBusinessDay((day = addDays(day, -1)))) left--;
  return day;
}

export function businessDaysAfter(d: IsoDate, n: number): IsoDate {
  let day = d;
  for (let left = n; left > 0;) if (isBusinessDay((day = addDays(day, 1)))) left--;
  return day;
}

/** Sorted strictly ascending: earliest first, and no two alike. */
export const strictlyAscending = (values: readonly string[]) => values.every((v, i) => i === 0 || values[i - 1] < v);
