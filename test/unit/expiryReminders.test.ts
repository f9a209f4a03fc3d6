import { isBusinessDay, JULY } from '../../domain/calendar/businessDays';
import { stockholmInstant } from '../../domain/calendar/dates';
import {
  DEFAULT_EXPIRY_REMINDER_POLICY,
  expiryInstant,
  ExpiryReminderPolicy,
  expiryReminderPolicySchema,
  expiryReminderSchedule,
} from '../../domain/reminders/expiryReminders';

const policy = (input: Record<string, unknown> = {}): ExpiryReminderPolicy => expiryReminderPolicySchema.parse(input);
const newYear = { name: 'jul och nyår', from: '12-20', to: '01-06' };

/** [daysBefore, date] pairs, with `at` derived from the date at `sendAt` in Stockholm. */
// Plain UTC arithmetic on calendar dates, independent of the zone-aware code under test.
const calendarDaysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const reminders = (validUntil: string, pairs: [number, string][], sendAt = '08:00') =>
  pairs.map(([daysBefore, date]) => ({
    daysBefore,
    date,
    daysLeft: calendarDaysBetween(date, validUntil),
    at: stockholmInstant(date, sendAt),
  }));

describe('expiryReminderPolicySchema', () => {
  test('defaults to 180, 90 and 30 days before, at 08:00, previous business day, quiet in July', () => {
    expect(expiryReminderPolicySchema.parse({})).toEqual({
      daysBefore: [180, 90, 30],
      sendAt: '08:00',
      onNonBusinessDay: 'previous-business-day',
      quietPeriods: [JULY],
    });
    expect(DEFAULT_EXPIRY_REMINDER_POLICY).toEqual(expiryReminderPolicySchema.parse({}));
  });

  test('does not share the default arrays between parses', () => {
    const a = expiryReminderPolicySchema.parse({});
    a.daysBefore.push(7);
    a.quietPeriods.pop();
    expect(expiryReminderPolicySchema.parse({}).daysBefore).toEqual([180, 90, 30]);
    expect(expiryReminderPolicySchema.parse({}).quietPeriods).toEqual([JULY]);
    expect(DEFAULT_EXPIRY_REMINDER_POLICY.daysBefore).toEqual([180, 90, 30]);
  });

  test.each([
    [{ daysBefore: [0] }],
    [{ daysBefore: [3650] }],
    [{ daysBefore: [30, 30] }],
    [{ sendAt: '14:30' }],
    [{ sendAt: '07:45:30' }],
    [{ onNonBusinessDay: 'exact-day' }],
    [{ quietPeriods: [] }],
    [{ quietPeriods: [JULY, newYear] }],
  ])('accepts %j and keeps the given fields', (input) => {
    expect(expiryReminderPolicySchema.parse(input)).toMatchObject(input);
  });

  test.each([
    [{ daysBefore: [-1] }, 'daysBefore.0', 'cannot be negative'],
    [{ daysBefore: [30, -30] }, 'daysBefore.1', 'cannot be negative'],
    [{ daysBefore: [] }, 'daysBefore', 'needs at least one reminder'],
    [{ daysBefore: [1.5] }, 'daysBefore.0', undefined],
    [{ daysBefore: [3651] }, 'daysBefore.0', undefined],
    [{ daysBefore: ['30'] }, 'daysBefore.0', undefined],
    [{ daysBefore: 30 }, 'daysBefore', undefined],
    [{ sendAt: '25:00' }, 'sendAt', 'must be a time of day written HH:MM'],
    [{ sendAt: '8:00' }, 'sendAt', 'must be a time of day written HH:MM'],
    [{ onNonBusinessDay: 'next-business-day' }, 'onNonBusinessDay', undefined],
    [{ onNonBusinessDay: 'exact' }, 'onNonBusinessDay', undefined],
    [{ quietPeriods: [{ from: '13-01', to: '07-31' }] }, 'quietPeriods.0.from', 'must be a day of the year written MM-DD'],
    [{ quietPeriods: [JULY, { from: '12-20', to: '1-6' }] }, 'quietPeriods.1.to', 'must be a day of the year written MM-DD'],
  ])('rejects %j, naming %s', (input, path, message) => {
    const result = expiryReminderPolicySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
    if (message) expect(result.error?.issues[0].message).toBe(message);
  });
});

describe('expiryReminderSchedule', () => {
  test.each<[string, string, Record<string, unknown>, [number, string][]]>([
    // 180 days before 2026-12-31 is Saturday 2026-07-04, in July: the last business day of June.
    [
      'default policy, 2026',
      '2026-12-31',
      {},
      [
        [180, '2026-06-30'],
        [90, '2026-10-02'],
        [30, '2026-12-01'],
      ],
    ],
    // 2030-07-04 is in July, 06-30 and 06-29 are a weekend; 2030-12-01 is a Sunday.
    [
      'default policy, 2030',
      '2030-12-31',
      {},
      [
        [180, '2030-06-28'],
        [90, '2030-10-02'],
        [30, '2030-11-29'],
      ],
    ],
    // 2030-07-28 in July; 2030-10-26 a Saturday; 2030-12-25 Christmas Day, 12-24 Christmas Eve.
    [
      'Christmas skipped',
      '2031-01-24',
      {},
      [
        [180, '2030-06-28'],
        [90, '2030-10-25'],
        [30, '2030-12-23'],
      ],
    ],
    ['Midsummer Eve, no quiet periods', '2026-07-19', { daysBefore: [30], quietPeriods: [] }, [[30, '2026-06-18']]],
    ['Midsummer Eve, July quiet', '2026-07-19', { daysBefore: [30] }, [[30, '2026-06-18']]],
    ['Midsummer Eve 2030', '2030-07-21', { daysBefore: [30], quietPeriods: [] }, [[30, '2030-06-20']]],
    // 2026-04-06 Easter Monday, then Easter Sunday, Easter Eve, Good Friday: Maundy Thursday is a business day.
    ['Easter', '2026-05-06', { daysBefore: [30] }, [[30, '2026-04-02']]],
    ['Ascension Day', '2026-06-13', { daysBefore: [30] }, [[30, '2026-05-13']]],
    ['National Day on a Saturday', '2026-07-06', { daysBefore: [30], quietPeriods: [] }, [[30, '2026-06-05']]],
    ['Walpurgis Eve is sent on', '2026-05-30', { daysBefore: [30] }, [[30, '2026-04-30']]],
    ['Epiphany Eve is sent on', '2026-02-04', { daysBefore: [30] }, [[30, '2026-01-05']]],
    ["New Year's Day, then New Year's Eve", '2027-01-31', { daysBefore: [30], quietPeriods: [] }, [[30, '2026-12-30']]],
    // 2027-01-01 lies in a period wrapping New Year: back past 12-20 to the Friday before it.
    ['quiet period over New Year', '2027-01-31', { daysBefore: [30], quietPeriods: [newYear] }, [[30, '2026-12-18']]],
    // Monday 2027-12-20 and Thursday 2027-01-07 are business days that only the quiet period excludes.
    ['quiet period start is inclusive', '2028-01-19', { daysBefore: [30], quietPeriods: [newYear] }, [[30, '2027-12-17']]],
    [
      'quiet period end is inclusive',
      '2027-02-06',
      { daysBefore: [30], quietPeriods: [{ from: '12-20', to: '01-07' }] },
      [[30, '2026-12-18']],
    ],
    ['day after quiet period', '2027-02-06', { daysBefore: [30], quietPeriods: [newYear] }, [[30, '2027-01-07']]],
    [
      'July quiet lifted',
      '2026-12-31',
      { quietPeriods: [] },
      [
        [180, '2026-07-03'],
        [90, '2026-10-02'],
        [30, '2026-12-01'],
      ],
    ],
    ['1 August is the first day after July', '2030-08-31', { daysBefore: [30] }, [[30, '2030-08-01']]],
    ['nominal Sunday on the spring DST change', '2026-04-28', { daysBefore: [30] }, [[30, '2026-03-27']]],
    ['nominal Sunday on the autumn DST change', '2026-11-24', { daysBefore: [30] }, [[30, '2026-10-23']]],
    ['exact-day keeps a Sunday', '2030-12-31', { daysBefore: [30], onNonBusinessDay: 'exact-day' }, [[30, '2030-12-01']]],
    [
      'exact-day keeps July',
      '2030-12-31',
      { onNonBusinessDay: 'exact-day' },
      [
        [180, '2030-07-04'],
        [90, '2030-10-02'],
        [30, '2030-12-01'],
      ],
    ],
    ['exact-day keeps a Saturday in July', '2026-12-31', { daysBefore: [180], onNonBusinessDay: 'exact-day' }, [[180, '2026-07-04']]],
    ['exact-day keeps Midsummer Eve', '2026-07-19', { daysBefore: [30], onNonBusinessDay: 'exact-day' }, [[30, '2026-06-19']]],
    ['exact-day keeps Christmas Day', '2031-01-24', { daysBefore: [30], onNonBusinessDay: 'exact-day' }, [[30, '2030-12-25']]],
    [
      'exact-day ignores a quiet period',
      '2027-01-31',
      { daysBefore: [30], onNonBusinessDay: 'exact-day', quietPeriods: [newYear] },
      [[30, '2027-01-01']],
    ],
    ['exact-day on the spring DST change', '2026-04-28', { daysBefore: [30], onNonBusinessDay: 'exact-day' }, [[30, '2026-03-29']]],
    ['exact-day on the autumn DST change', '2026-11-24', { daysBefore: [30], onNonBusinessDay: 'exact-day' }, [[30, '2026-10-25']]],
    ['0 days before a business day', '2026-12-30', { daysBefore: [0] }, [[0, '2026-12-30']]],
    ['0 days before a Friday', '2030-11-29', { daysBefore: [0] }, [[0, '2030-11-29']]],
    ["0 days before New Year's Eve", '2026-12-31', { daysBefore: [0] }, [[0, '2026-12-30']]],
    // Saturday and Sunday both move to Friday 2030-11-29: one reminder, labelled with the larger offset.
    ['two offsets collapse', '2030-12-31', { daysBefore: [31, 30] }, [[31, '2030-11-29']]],
    ['collapse does not depend on input order', '2030-12-31', { daysBefore: [30, 31] }, [[31, '2030-11-29']]],
    ['three offsets collapse', '2030-12-31', { daysBefore: [30, 32, 31] }, [[32, '2030-11-29']]],
    ['duplicate offsets give one reminder', '2026-12-31', { daysBefore: [30, 30] }, [[30, '2026-12-01']]],
    // Every nominal day here lies in July or on 1 August (a Saturday), so all land on Tuesday 2026-06-30.
    ['July swallows several offsets', '2026-08-31', { daysBefore: [30, 60, 45, 31] }, [[60, '2026-06-30']]],
    [
      'collapse keeps the other reminders',
      '2030-12-31',
      { daysBefore: [30, 90, 31, 180] },
      [
        [180, '2030-06-28'],
        [90, '2030-10-02'],
        [31, '2030-11-29'],
      ],
    ],
    // 365 days before is New Year's Eve 2025, 7 days before is Christmas Eve.
    [
      'many offsets, earliest first',
      '2026-12-31',
      { daysBefore: [1, 7, 14, 365] },
      [
        [365, '2025-12-30'],
        [14, '2026-12-17'],
        [7, '2026-12-23'],
        [1, '2026-12-30'],
      ],
    ],
  ])('%s: validUntil %s, policy %j', (_label, validUntil, input, expected) => {
    expect(expiryReminderSchedule(validUntil, policy(input))).toEqual(reminders(validUntil, expected));
  });

  test.each([
    ['2026-12-31', ['2026-06-30T06:00:00.000Z', '2026-10-02T06:00:00.000Z', '2026-12-01T07:00:00.000Z']],
    ['2030-12-31', ['2030-06-28T06:00:00.000Z', '2030-10-02T06:00:00.000Z', '2030-11-29T07:00:00.000Z']],
    ['2031-01-24', ['2030-06-28T06:00:00.000Z', '2030-10-25T06:00:00.000Z', '2030-12-23T07:00:00.000Z']],
  ])('default policy sends at 08:00 Stockholm time, summer or winter: %s', (validUntil, instants) => {
    expect(expiryReminderSchedule(validUntil, DEFAULT_EXPIRY_REMINDER_POLICY).map((r) => r.at)).toEqual(instants);
  });

  test.each([
    ['14:30', ['2026-06-30T12:30:00.000Z', '2026-10-02T12:30:00.000Z', '2026-12-01T13:30:00.000Z']],
    ['00:00', ['2026-06-29T22:00:00.000Z', '2026-10-01T22:00:00.000Z', '2026-11-30T23:00:00.000Z']],
    ['23:59:59', ['2026-06-30T21:59:59.000Z', '2026-10-02T21:59:59.000Z', '2026-12-01T22:59:59.000Z']],
  ])('respects sendAt %s', (sendAt, instants) => {
    const schedule = expiryReminderSchedule('2026-12-31', policy({ sendAt }));
    expect(schedule.map((r) => r.date)).toEqual(['2026-06-30', '2026-10-02', '2026-12-01']);
    expect(schedule.map((r) => r.at)).toEqual(instants);
  });

  test.each([
    ['2026-12-31', [30], 30],
    ['2026-08-31', [30], 62],
    ['2026-12-31', [180], 184],
    ['2030-12-31', [30], 32],
  ])('a reminder for %s with daysBefore %j counts the %i days really left after moving', (validUntil, daysBefore, daysLeft) => {
    expect(expiryReminderSchedule(validUntil, policy({ daysBefore })).map((r) => r.daysLeft)).toEqual([daysLeft]);
  });

  test.each([[[180, 90, 30]], [[30, 90, 180]], [[90, 30, 180]], [[30, 180, 90]]])(
    'the order of daysBefore %j does not matter',
    (daysBefore) => {
      expect(expiryReminderSchedule('2026-12-31', policy({ daysBefore }))).toEqual(
        expiryReminderSchedule('2026-12-31', DEFAULT_EXPIRY_REMINDER_POLICY),
      );
    },
  );

  test.each([
    ['2026-12-31', {}],
    ['2030-12-31', {}],
    ['2031-01-24', {}],
    ['2027-06-30', { daysBefore: [400, 200, 100, 50, 20, 10, 5, 2, 1, 0] }],
    ['2028-03-01', { daysBefore: [366, 365, 364, 1, 0], quietPeriods: [JULY, newYear] }],
  ])('every reminder for %s with %j is on a business day outside quiet periods, before validUntil, sorted', (validUntil, input) => {
    const p = policy(input);
    const schedule = expiryReminderSchedule(validUntil, p);
    for (const r of schedule) {
      expect(isBusinessDay(r.date)).toBe(true);
      expect(r.date <= validUntil).toBe(true);
      expect(r.at).toBe(stockholmInstant(r.date, p.sendAt));
      expect(p.daysBefore).toContain(r.daysBefore);
    }
    const instants = schedule.map((r) => Date.parse(r.at));
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
    expect(new Set(schedule.map((r) => r.date)).size).toBe(schedule.length);
  });

  test('does not mutate the policy', () => {
    const p = policy({ daysBefore: [30, 180, 90] });
    expiryReminderSchedule('2026-12-31', p);
    expect(p.daysBefore).toEqual([30, 180, 90]);
  });

  test('a policy whose quiet periods leave no day to send on is refused by its schema, before any schedule', () => {
    const result = expiryReminderPolicySchema.safeParse({ daysBefore: [30], quietPeriods: [{ from: '01-01', to: '12-31' }] });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['quietPeriods', 'quiet periods may cover at most 120 days of the year together, so that business days remain'],
    ]);
  });
});

describe('expiryInstant', () => {
  test.each([
    ['2026-12-31', '2026-12-31T23:00:00.000Z'],
    ['2030-12-31', '2030-12-31T23:00:00.000Z'],
    ['2026-06-30', '2026-06-30T22:00:00.000Z'],
    ['2026-07-19', '2026-07-19T22:00:00.000Z'],
    ['2026-02-28', '2026-02-28T23:00:00.000Z'],
    ['2028-02-28', '2028-02-28T23:00:00.000Z'],
    ['2028-02-29', '2028-02-29T23:00:00.000Z'],
    // Midnight after the last valid day, across the DST changes: 2026-03-29 00:00 is still winter time.
    ['2026-03-28', '2026-03-28T23:00:00.000Z'],
    ['2026-03-29', '2026-03-29T22:00:00.000Z'],
    ['2026-10-24', '2026-10-24T22:00:00.000Z'],
    ['2026-10-25', '2026-10-25T23:00:00.000Z'],
  ])('expiryInstant(%s) is %s', (validUntil, expected) => {
    expect(expiryInstant(validUntil)).toBe(expected);
  });
});
