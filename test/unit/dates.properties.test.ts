import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addDays, addMonths, daysBetween, stockholmDate, stockholmInstant, TIME_ZONE, weekday } from '../../domain/calendar/dates';

// The reference: what these functions computed with luxon before the calendar did its own arithmetic.
const luxon = {
  addDays: (date: string, days: number) => DateTime.fromISO(date, { zone: TIME_ZONE }).plus({ days }).toISODate()!,
  addMonths: (date: string, months: number) => DateTime.fromISO(date, { zone: TIME_ZONE }).plus({ months }).toISODate()!,
  daysBetween: (from: string, to: string) =>
    DateTime.fromISO(to, { zone: TIME_ZONE }).diff(DateTime.fromISO(from, { zone: TIME_ZONE }), 'days').days,
  weekday: (date: string) => DateTime.fromISO(date, { zone: TIME_ZONE }).weekday,
  stockholmInstant: (date: string, time: string) => {
    const [hour, minute, second = 0] = time.split(':').map(Number);
    return DateTime.fromISO(date, { zone: TIME_ZONE }).set({ hour, minute, second }).toUTC().toISO()!;
  },
  stockholmDate: (epochMs: number) => DateTime.fromMillis(epochMs, { zone: TIME_ZONE }).toISODate()!,
};

const RUNS = { numRuns: 1000 };
const FIRST = DateTime.utc(2000, 1, 1);
const DAYS = Math.round(DateTime.utc(2200, 1, 1).diff(FIRST, 'days').days);

const anyDate = fc.integer({ min: 0, max: DAYS - 1 }).map((i) => FIRST.plus({ days: i }).toISODate()!);

/** The days the clocks change in Stockholm, 2000–2199: the last Sundays of March and October. */
const changeDays = Array.from({ length: 200 }, (_, i) =>
  [3, 10].map((month) => {
    const last = DateTime.utc(2000 + i, month, 31);
    return last.minus({ days: last.weekday % 7 }).toISODate()!;
  }),
).flat();
const changeDay = fc.constantFrom(...changeDays);
const date = fc.oneof(anyDate, changeDay);

const pad = (n: number) => String(n).padStart(2, '0');
const time = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m, s]) => `${pad(h)}:${pad(m)}:${pad(s)}`),
  // The hours the clocks skip or repeat.
  fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`),
);

const HOUR_MS = 3_600_000;
const anyInstant = fc.integer({ min: FIRST.toMillis() - 2 * HOUR_MS, max: DateTime.utc(2200, 1, 1).toMillis() + 2 * HOUR_MS });
const nearAChange = fc
  .tuple(changeDay, fc.integer({ min: -6 * HOUR_MS, max: 30 * HOUR_MS }))
  .map(([day, ms]) => Date.parse(luxon.stockholmInstant(day, '00:00')) + ms);
const instant = fc.oneof(anyInstant, nearAChange);

describe('dates agree with luxon over 2000–2199, daylight-saving changes included', () => {
  test('stockholmInstant(date, time) is the instant luxon gives', () => {
    fc.assert(
      fc.property(date, time, (d, t) => stockholmInstant(d, t) === luxon.stockholmInstant(d, t)),
      RUNS,
    );
  });

  test('stockholmInstant(date) is local midnight, as luxon gives it', () => {
    fc.assert(
      fc.property(date, (d) => stockholmInstant(d) === luxon.stockholmInstant(d, '00:00')),
      RUNS,
    );
  });

  test('stockholmDate(instant) is the Stockholm date luxon gives', () => {
    fc.assert(
      fc.property(instant, (ms) => stockholmDate(ms) === luxon.stockholmDate(ms)),
      RUNS,
    );
  });

  test('addDays(date, n) is the date luxon gives, for n within ±25 years', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -9200, max: 9200 }), (d, n) => addDays(d, n) === luxon.addDays(d, n)),
      RUNS,
    );
  });

  test('addMonths(date, n) is the date luxon gives, the month end clamped, for n within ±25 years', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -300, max: 300 }), (d, n) => addMonths(d, n) === luxon.addMonths(d, n)),
      RUNS,
    );
  });

  test('daysBetween(from, to) is the whole number of days luxon gives', () => {
    fc.assert(
      fc.property(date, date, (from, to) => daysBetween(from, to) === luxon.daysBetween(from, to)),
      // luxon's diff is slow; fewer runs keep the suite fast.
      { numRuns: 300 },
    );
  });

  test('weekday(date) is the ISO weekday luxon gives', () => {
    fc.assert(
      fc.property(date, (d) => weekday(d) === luxon.weekday(d)),
      RUNS,
    );
  });
});

describe('dates: invariants', () => {
  test('stockholmDate(stockholmInstant(date, time)) is date: every time of day falls on its own date', () => {
    fc.assert(
      fc.property(date, time, (d, t) => stockholmDate(Date.parse(stockholmInstant(d, t))) === d),
      RUNS,
    );
  });

  test('an instant lies from the midnight starting its Stockholm date up to the next one', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const d = stockholmDate(ms);
        return Date.parse(stockholmInstant(d)) <= ms && ms < Date.parse(stockholmInstant(addDays(d, 1)));
      }),
      RUNS,
    );
  });

  test('addDays and daysBetween are inverse: daysBetween(date, addDays(date, n)) is n', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -9200, max: 9200 }), (d, n) => daysBetween(d, addDays(d, n)) === n),
      RUNS,
    );
  });

  test('weekday advances by one a day: weekday(addDays(date, n)) is weekday(date) + n, modulo 7', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: -9200, max: 9200 }),
        (d, n) => weekday(addDays(d, n)) === ((((weekday(d) - 1 + n) % 7) + 7) % 7) + 1,
      ),
      RUNS,
    );
  });
});
