import fc from 'fast-check';
import {
  addBusinessDays,
  inQuietPeriod,
  isBusinessDay,
  JULY,
  lastBusinessDayOutside,
  QuietPeriod,
  quietPeriodsSchema,
  subtractBusinessDays,
  swedishHoliday,
} from '../../domain/calendar/businessDays';
import { addDays, IsoDate, weekday } from '../../domain/calendar/dates';

const RUNS = { numRuns: 200 };

const isoOf = (d: Date) => d.toISOString().slice(0, 10);
const FIRST_MS = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;
const date = fc.integer({ min: 0, max: 73_048 }).map((i) => isoOf(new Date(FIRST_MS + i * DAY_MS)));
const businessDay = date.filter(isBusinessDay);
const count = fc.integer({ min: 1, max: 300 });

/** A quiet period from a day of a leap year (0 is 01-01), lasting `length` days. */
function period(start: number, length: number): QuietPeriod {
  const monthDay = (i: number) => isoOf(new Date(FIRST_MS + (i % 366) * DAY_MS)).slice(5);
  return { from: monthDay(start), to: monthDay(start + length - 1) };
}
const periodOf = (maxLength: number) =>
  fc.tuple(fc.integer({ min: 0, max: 365 }), fc.integer({ min: 1, max: maxLength })).map(([start, length]) => period(start, length));
/** Quiet periods as quietPeriodsSchema accepts them: many short ones, or a few up to the longest allowed. */
const quietPeriods = fc
  .oneof(
    fc.constant([JULY]),
    fc.array(periodOf(10), { maxLength: 12 }),
    fc.tuple(periodOf(120), fc.array(periodOf(20), { maxLength: 3 })).map(([long, short]) => [long, ...short]),
  )
  .filter((periods) => quietPeriodsSchema.safeParse(periods).success);

/** Business days in the half-open range of dates [from, to). */
function businessDaysIn(from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let d = from; d < to; d = addDays(d, 1)) if (isBusinessDay(d)) n++;
  return n;
}

const outside = (d: IsoDate, periods: readonly QuietPeriod[]) => isBusinessDay(d) && !inQuietPeriod(d, periods);

describe('business days: invariants over 2000–2199', () => {
  test('isBusinessDay(date) holds exactly on weekdays that are no Swedish day off', () => {
    fc.assert(
      fc.property(date, (d) => isBusinessDay(d) === (weekday(d) <= 5 && swedishHoliday(d) === undefined)),
      { numRuns: 2000 },
    );
  });

  test('addBusinessDays(date, n) is a business day after date, with exactly n business days in (date, result]', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const result = addBusinessDays(d, n);
        return result > d && isBusinessDay(result) && businessDaysIn(addDays(d, 1), addDays(result, 1)) === n;
      }),
      RUNS,
    );
  });

  test('subtractBusinessDays(date, n) is a business day before date, with exactly n business days in [result, date)', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const result = subtractBusinessDays(d, n);
        return result < d && isBusinessDay(result) && businessDaysIn(result, d) === n;
      }),
      RUNS,
    );
  });

  test('on business days, subtractBusinessDays undoes addBusinessDays and addBusinessDays undoes subtractBusinessDays', () => {
    fc.assert(
      fc.property(
        businessDay,
        count,
        (d, n) => subtractBusinessDays(addBusinessDays(d, n), n) === d && addBusinessDays(subtractBusinessDays(d, n), n) === d,
      ),
      { numRuns: 1000 },
    );
  });

  test('adding m then n business days is adding m + n', () => {
    fc.assert(
      fc.property(date, count, count, (d, m, n) => addBusinessDays(addBusinessDays(d, m), n) === addBusinessDays(d, m + n)),
      { numRuns: 1000 },
    );
  });
});

describe('lastBusinessDayOutside: invariants for every quiet-period policy quietPeriodsSchema accepts', () => {
  test('returns, never throws: a business day outside every quiet period, not after its input, within 200 days', () => {
    fc.assert(
      fc.property(date, quietPeriods, (d, periods) => {
        const result = lastBusinessDayOutside(d, periods);
        return result <= d && outside(result, periods) && result >= addDays(d, -200);
      }),
      { numRuns: 1000 },
    );
  });

  test('is the closest such day: no day after the result up to the input is a business day outside the quiet periods', () => {
    fc.assert(
      fc.property(date, quietPeriods, (d, periods) => {
        const result = lastBusinessDayOutside(d, periods);
        for (let day = addDays(result, 1); day <= d; day = addDays(day, 1)) if (outside(day, periods)) return false;
        return true;
      }),
      RUNS,
    );
  });

  test('is the identity on business days outside the quiet periods', () => {
    fc.assert(
      fc.property(date, quietPeriods, (d, periods) => !outside(d, periods) || lastBusinessDayOutside(d, periods) === d),
      RUNS,
    );
  });
});

describe('quietPeriodsSchema: invariants', () => {
  test('accepted quiet periods cover at most 120 days of any year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2199 }), quietPeriods, (year, periods) => {
        let quiet = 0;
        for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) if (inQuietPeriod(d, periods)) quiet++;
        return quiet <= 120;
      }),
      { numRuns: 100 },
    );
  });
});
