import {
  addDays,
  addMonths,
  daysBetween,
  isoDate,
  stockholmDate,
  stockholmInstant,
  timeOfDay,
  TIME_ZONE,
  weekday,
} from '../../domain/calendar/dates';

describe('TIME_ZONE', () => {
  test('is Stockholm', () => {
    expect(TIME_ZONE).toBe('Europe/Stockholm');
  });
});

describe('isoDate', () => {
  test.each([
    ['2026-01-01'],
    ['2026-12-31'],
    ['2026-02-28'],
    ['2028-02-29'],
    ['2000-02-29'],
    ['2026-04-30'],
    ['2026-06-30'],
    ['2026-09-30'],
    ['2026-11-30'],
    ['2026-01-31'],
    ['2026-03-31'],
    ['2026-05-31'],
    ['2026-07-31'],
    ['2026-08-31'],
    ['2026-10-31'],
  ])('accepts %s', (input) => {
    expect(isoDate.safeParse(input)).toEqual({ success: true, data: input });
  });

  test.each([
    ['2026-02-30', 'day 30 of February'],
    ['2026-02-29', '2026 is not a leap year'],
    ['2027-02-29', '2027 is not a leap year'],
    ['2100-02-29', 'centuries not divisible by 400 are not leap years'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-06-31', 'June has 30 days'],
    ['2026-09-31', 'September has 30 days'],
    ['2026-11-31', 'November has 30 days'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32'],
    ['2026-2-3', 'unpadded month and day'],
    ['2026-02-3', 'unpadded day'],
    ['26-02-03', 'two-digit year'],
    ['2026/02/03', 'slashes'],
    ['20260203', 'no separators'],
    ['2026-02-03T00:00:00Z', 'a date-time'],
    [' 2026-02-03', 'leading space'],
    ['2026-02-03 ', 'trailing space'],
    ['', 'empty'],
  ])('rejects %s (%s)', (input) => {
    const result = isoDate.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('must be an existing calendar date written YYYY-MM-DD');
  });

  test.each([
    ['2000-01-01', 'the first accepted day'],
    ['2199-12-31', 'the last accepted day'],
  ])('accepts %s (%s)', (input) => {
    expect(isoDate.safeParse(input)).toEqual({ success: true, data: input });
  });

  test.each([
    ['1999-12-31', 'the day before the range'],
    ['2200-01-01', 'the day after the range'],
    ['0000-01-01', 'year zero'],
    ['0026-02-03', 'a two-digit year padded'],
    ['9999-12-31', 'year 9999'],
  ])('rejects %s (%s), naming the range', (input) => {
    const result = isoDate.safeParse(input);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['must be a date from 2000-01-01 to 2199-12-31']);
  });

  test.each([[20260203], [null], [undefined], [new Date('2026-02-03')]])('rejects the non-string %p', (input) => {
    expect(isoDate.safeParse(input).success).toBe(false);
  });
});

describe('timeOfDay', () => {
  test.each([['00:00'], ['08:00'], ['14:30'], ['23:59'], ['09:05:00'], ['23:59:59'], ['19:00']])('accepts %s', (input) => {
    expect(timeOfDay.safeParse(input)).toEqual({ success: true, data: input });
  });

  test.each([
    ['24:00'],
    ['25:00'],
    ['8:00'],
    ['08:0'],
    ['08:60'],
    ['08:00:60'],
    ['08'],
    ['0800'],
    ['08.00'],
    ['08:00:00:00'],
    ['08:00 '],
    ['8 am'],
    [''],
  ])('rejects %p', (input) => {
    const result = timeOfDay.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('must be a time of day written HH:MM');
  });
});

describe('addDays', () => {
  test.each([
    ['2026-01-01', 0, '2026-01-01'],
    ['2026-01-01', 1, '2026-01-02'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-04-30', 1, '2026-05-01'],
    // Spring forward (2026-03-29 has 23 hours) and fall back (2026-10-25 has 25 hours) must not skip or repeat a date.
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-03-30', -1, '2026-03-29'],
    ['2026-03-29', -1, '2026-03-28'],
    ['2026-03-27', 3, '2026-03-30'],
    ['2026-10-24', 1, '2026-10-25'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-10-26', -1, '2026-10-25'],
    ['2026-10-25', -1, '2026-10-24'],
    ['2026-10-23', 3, '2026-10-26'],
    ['2026-12-31', -180, '2026-07-04'],
    ['2026-12-31', -90, '2026-10-02'],
    ['2026-12-31', -30, '2026-12-01'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 366, '2029-01-01'],
    ['2026-01-01', -365, '2025-01-01'],
    ['2031-01-24', -30, '2030-12-25'],
  ])('addDays(%s, %i) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('addDays and addMonths: whole numbers only', () => {
  test.each([1.5, -0.5, Number.NaN, Number.POSITIVE_INFINITY])('addDays rejects %p days with a RangeError', (days) => {
    expect(() => addDays('2026-01-01', days)).toThrow(new RangeError(`addDays: days must be a whole number, got ${days}`));
  });

  test.each([1.5, Number.NaN])('addMonths rejects %p months with a RangeError', (months) => {
    expect(() => addMonths('2026-01-01', months)).toThrow(new RangeError(`addMonths: months must be a whole number, got ${months}`));
  });
});

describe('addMonths', () => {
  test.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-11-30', 2, '2027-01-30'],
    ['2027-01-31', -2, '2026-11-30'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-06-01', 0, '2026-06-01'],
    ['2026-06-01', 240, '2046-06-01'],
    ['2026-10-25', 5, '2027-03-25'],
  ])('addMonths(%s, %i) is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  test.each([
    ['2026-01-01', '2026-01-01', 0],
    ['2026-01-01', '2026-01-02', 1],
    ['2026-01-02', '2026-01-01', -1],
    ['2026-03-28', '2026-03-30', 2],
    ['2026-10-24', '2026-10-26', 2],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
    ['2026-12-31', '2026-07-04', -180],
    ['2000-01-01', '2199-12-31', 73048],
  ])('daysBetween(%s, %s) is %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('weekday', () => {
  test.each([
    ['2026-01-01', 4],
    ['2026-01-05', 1],
    ['2026-01-06', 2],
    ['2026-03-29', 7],
    ['2026-06-19', 5],
    ['2026-06-20', 6],
    ['2026-07-04', 6],
    ['2026-10-25', 7],
    ['2026-10-31', 6],
    ['2026-12-24', 4],
    ['2026-12-31', 4],
    ['2028-02-29', 2],
    ['2030-06-21', 5],
    ['2030-12-01', 7],
    ['2030-11-30', 6],
    ['2030-11-29', 5],
  ])('weekday(%s) is %i', (date, expected) => {
    expect(weekday(date)).toBe(expected);
  });
});

describe('stockholmInstant', () => {
  test.each([
    // Winter, UTC+1
    ['2026-12-01', '08:00', '2026-12-01T07:00:00.000Z'],
    ['2026-01-01', '00:00', '2025-12-31T23:00:00.000Z'],
    ['2027-01-01', '00:00', '2026-12-31T23:00:00.000Z'],
    ['2026-02-15', '14:30', '2026-02-15T13:30:00.000Z'],
    ['2026-11-29', '23:59', '2026-11-29T22:59:00.000Z'],
    // Summer, UTC+2
    ['2026-06-30', '08:00', '2026-06-30T06:00:00.000Z'],
    ['2026-07-01', '00:00', '2026-06-30T22:00:00.000Z'],
    ['2026-08-15', '14:30', '2026-08-15T12:30:00.000Z'],
    // Spring forward on 2026-03-29 at 02:00 local
    ['2026-03-28', '08:00', '2026-03-28T07:00:00.000Z'],
    ['2026-03-29', '00:00', '2026-03-28T23:00:00.000Z'],
    ['2026-03-29', '01:59', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29', '03:00', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29', '08:00', '2026-03-29T06:00:00.000Z'],
    ['2026-03-30', '00:00', '2026-03-29T22:00:00.000Z'],
    // Fall back on 2026-10-25 at 03:00 local
    ['2026-10-24', '08:00', '2026-10-24T06:00:00.000Z'],
    ['2026-10-25', '00:00', '2026-10-24T22:00:00.000Z'],
    ['2026-10-25', '01:00', '2026-10-24T23:00:00.000Z'],
    ['2026-10-25', '04:00', '2026-10-25T03:00:00.000Z'],
    ['2026-10-25', '08:00', '2026-10-25T07:00:00.000Z'],
    ['2026-10-26', '00:00', '2026-10-25T23:00:00.000Z'],
    // Seconds are honoured
    ['2026-12-01', '08:00:30', '2026-12-01T07:00:30.000Z'],
    ['2026-06-01', '23:59:59', '2026-06-01T21:59:59.000Z'],
  ])('stockholmInstant(%s, %s) is %s', (date, time, expected) => {
    expect(stockholmInstant(date, time)).toBe(expected);
  });

  test.each([
    ['2026-12-01', '2026-11-30T23:00:00.000Z'],
    ['2026-06-01', '2026-05-31T22:00:00.000Z'],
  ])('defaults to midnight: %s', (date, expected) => {
    expect(stockholmInstant(date)).toBe(expected);
  });

  // Wall-clock times that do not exist or occur twice on change days: pin the behaviour so a change is noticed.
  test.each([
    ['2026-03-29', '02:30', '2026-03-29T01:30:00.000Z', 'non-existent 02:30 resolves to 03:30 summer time'],
    ['2026-10-25', '02:30', '2026-10-25T00:30:00.000Z', 'ambiguous 02:30 resolves to the first, summer-time one'],
  ])('stockholmInstant(%s, %s) is %s: %s', (date, time, expected) => {
    expect(stockholmInstant(date, time)).toBe(expected);
  });
});

describe('stockholmDate', () => {
  test.each([
    ['2026-12-31T22:59:59.999Z', '2026-12-31'],
    ['2026-12-31T23:00:00.000Z', '2027-01-01'],
    ['2026-06-30T21:59:59.999Z', '2026-06-30'],
    ['2026-06-30T22:00:00.000Z', '2026-07-01'],
    ['2026-03-28T23:00:00.000Z', '2026-03-29'],
    ['2026-03-29T21:59:59.999Z', '2026-03-29'],
    ['2026-03-29T22:00:00.000Z', '2026-03-30'],
    ['2026-10-24T22:00:00.000Z', '2026-10-25'],
    ['2026-10-25T22:59:59.999Z', '2026-10-25'],
    ['2026-10-25T23:00:00.000Z', '2026-10-26'],
    ['2026-02-28T23:00:00.000Z', '2026-03-01'],
    ['2028-02-28T23:00:00.000Z', '2028-02-29'],
  ])('stockholmDate(%s) is %s', (instant, expected) => {
    expect(stockholmDate(Date.parse(instant))).toBe(expected);
  });

  test.each([
    ['2026-12-01', '08:00'],
    ['2026-03-29', '00:00'],
    ['2026-03-29', '23:59'],
    ['2026-10-25', '00:00'],
    ['2026-10-25', '23:59'],
    ['2026-07-15', '12:00'],
  ])('round-trips with stockholmInstant: %s %s', (date, time) => {
    expect(stockholmDate(Date.parse(stockholmInstant(date, time)))).toBe(date);
  });
});
