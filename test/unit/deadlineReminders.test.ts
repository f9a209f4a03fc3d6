import { inQuietPeriod, isBusinessDay, JULY, QuietPeriod } from '../../domain/calendar/businessDays';
import { DeadlineReminderPolicy, deadlineReminderPolicySchema } from '../../domain/consultation/consultation';
import { stockholmInstant } from '../../domain/calendar/dates';
import { answerDeadlineInstant, deadlineReminderSchedule, openingInstant } from '../../domain/reminders/deadlineReminders';

const policy = (input: Record<string, unknown> = {}): DeadlineReminderPolicy => deadlineReminderPolicySchema.parse(input);
const newYear: QuietPeriod = { name: 'jul och nyår', from: '12-20', to: '01-06' };

/** [businessDaysBefore, date] pairs, with `at` derived from the date at `sendAt` in Stockholm. */
const reminders = (pairs: [number, string][], sendAt = '08:00') =>
  pairs.map(([businessDaysBefore, date]) => ({ businessDaysBefore, date, at: stockholmInstant(date, sendAt) }));

describe('deadlineReminderSchedule', () => {
  test('the default policy is 30, 14 and 3 business days before, at 08:00, quiet in July', () => {
    expect(policy()).toEqual({ businessDaysBefore: [30, 14, 3], sendAt: '08:00', quietPeriods: [JULY] });
  });

  test.each<[string, string, string, Record<string, unknown>, [number, string][]]>([
    // Friday 2031-02-28: no days off between Epiphany (Monday 01-06) and the deadline, so plain weeks.
    [
      'default policy',
      '2031-01-07',
      '2031-02-28',
      {},
      [
        [30, '2031-01-17'],
        [14, '2031-02-10'],
        [3, '2031-02-25'],
      ],
    ],
    [
      'order of offsets does not matter',
      '2031-01-07',
      '2031-02-28',
      { businessDaysBefore: [3, 30, 14] },
      [
        [30, '2031-01-17'],
        [14, '2031-02-10'],
        [3, '2031-02-25'],
      ],
    ],
    [
      'opening the day before the first reminder keeps it',
      '2031-01-16',
      '2031-02-28',
      {},
      [
        [30, '2031-01-17'],
        [14, '2031-02-10'],
        [3, '2031-02-25'],
      ],
    ],
    [
      'a reminder on the opening day is dropped',
      '2031-01-17',
      '2031-02-28',
      {},
      [
        [14, '2031-02-10'],
        [3, '2031-02-25'],
      ],
    ],
    [
      'a reminder before the opening is dropped',
      '2031-01-20',
      '2031-02-28',
      {},
      [
        [14, '2031-02-10'],
        [3, '2031-02-25'],
      ],
    ],
    ['only the last reminder fits a short round', '2031-02-11', '2031-02-28', {}, [[3, '2031-02-25']]],
    ['no reminder fits a very short round', '2031-02-25', '2031-02-28', {}, []],
    ['one business day before', '2031-01-07', '2031-02-28', { businessDaysBefore: [1] }, [[1, '2031-02-27']]],
    // Friday 2031-01-17: back over Epiphany (Monday 01-06), New Year's Day and Eve, Christmas Eve to Boxing Day 2030.
    [
      'over Christmas, New Year and Epiphany',
      '2030-12-02',
      '2031-01-17',
      { businessDaysBefore: [14, 10, 9, 3] },
      [
        [14, '2030-12-20'],
        [10, '2031-01-02'],
        [9, '2031-01-03'],
        [3, '2031-01-14'],
      ],
    ],
    // 2030-12-20 is the first day of the quiet period: back to Thursday the 19th.
    [
      'over Christmas with a quiet period',
      '2030-12-02',
      '2031-01-17',
      { businessDaysBefore: [14], quietPeriods: [newYear] },
      [[14, '2030-12-19']],
    ],
    [
      'a quiet period that swallows the reminder into the opening',
      '2030-12-19',
      '2031-01-17',
      { businessDaysBefore: [14], quietPeriods: [newYear] },
      [],
    ],
    // Friday 2031-08-29: 30 business days before is Friday 07-18, in July: the last business day of June, Monday 06-30.
    [
      'July moves to June',
      '2031-06-02',
      '2031-08-29',
      {},
      [
        [30, '2031-06-30'],
        [14, '2031-08-11'],
        [3, '2031-08-26'],
      ],
    ],
    [
      'July not quiet',
      '2031-06-02',
      '2031-08-29',
      { quietPeriods: [] },
      [
        [30, '2031-07-18'],
        [14, '2031-08-11'],
        [3, '2031-08-26'],
      ],
    ],
    [
      'moved to June, then before the opening',
      '2031-07-01',
      '2031-08-29',
      {},
      [
        [14, '2031-08-11'],
        [3, '2031-08-26'],
      ],
    ],
    [
      'moved to June, landing on the opening day',
      '2031-06-30',
      '2031-08-29',
      {},
      [
        [14, '2031-08-11'],
        [3, '2031-08-26'],
      ],
    ],
    ['20 business days before is 1 August, outside July', '2031-06-02', '2031-08-29', { businessDaysBefore: [20] }, [[20, '2031-08-01']]],
    // 21, 25 and 30 business days before all fall in July: one reminder on 06-30, labelled 30.
    [
      'offsets in July merge, labelled with the largest',
      '2031-06-02',
      '2031-08-29',
      { businessDaysBefore: [21, 30, 25, 3] },
      [
        [30, '2031-06-30'],
        [3, '2031-08-26'],
      ],
    ],
    ['duplicate offsets give one reminder', '2031-01-07', '2031-02-28', { businessDaysBefore: [3, 3] }, [[3, '2031-02-25']]],
    // Tuesday 2031-04-22: over Easter (Good Friday 04-11 to Easter Monday 04-14); Maundy Thursday is a business day.
    [
      'over Easter',
      '2031-03-03',
      '2031-04-22',
      { businessDaysBefore: [6, 5] },
      [
        [6, '2031-04-10'],
        [5, '2031-04-15'],
      ],
    ],
    // Thursday 2031-06-26: over Midsummer Eve (Friday 06-20) and National Day (Friday 06-06).
    [
      'over Midsummer',
      '2031-05-05',
      '2031-06-26',
      { businessDaysBefore: [4, 12, 15] },
      [
        [15, '2031-06-03'],
        [12, '2031-06-09'],
        [4, '2031-06-19'],
      ],
    ],
    [
      'a Midsummer week quiet period',
      '2031-05-05',
      '2031-06-26',
      { businessDaysBefore: [4], quietPeriods: [{ from: '06-19', to: '06-25' }] },
      [[4, '2031-06-18']],
    ],
    // A deadline on a Sunday counts back from the Sunday: the Friday is one business day before.
    [
      'a deadline on a Sunday',
      '2031-01-07',
      '2031-03-02',
      { businessDaysBefore: [1, 3] },
      [
        [3, '2031-02-26'],
        [1, '2031-02-28'],
      ],
    ],
  ])('%s: opens %s, deadline %s, policy %j', (_label, opensOn, deadline, input, expected) => {
    expect(deadlineReminderSchedule(opensOn, deadline, policy(input))).toEqual(reminders(expected));
  });

  test.each([
    // Summer time starts on Sunday 2031-03-30: 08:00 is 07:00Z before and 06:00Z after.
    ['2031-03-03', '2031-04-02', { businessDaysBefore: [3, 2] }, ['2031-03-28T07:00:00.000Z', '2031-03-31T06:00:00.000Z']],
    ['2031-01-07', '2031-02-28', { sendAt: '14:30' }, ['2031-01-17T13:30:00.000Z', '2031-02-10T13:30:00.000Z', '2031-02-25T13:30:00.000Z']],
    [
      '2031-06-02',
      '2031-08-29',
      { sendAt: '07:15:30' },
      ['2031-06-30T05:15:30.000Z', '2031-08-11T05:15:30.000Z', '2031-08-26T05:15:30.000Z'],
    ],
  ])('sends at sendAt in Stockholm: opens %s, deadline %s, policy %j', (opensOn, deadline, input, instants) => {
    expect(deadlineReminderSchedule(opensOn, deadline, policy(input)).map((r) => r.at)).toEqual(instants);
  });

  test.each([
    ['2031-01-07', '2031-02-28', {}],
    ['2030-11-03', '2031-01-17', { businessDaysBefore: [40, 30, 20, 14, 10, 5, 3, 2, 1], quietPeriods: [JULY, newYear] }],
    ['2031-05-01', '2031-09-30', { businessDaysBefore: [100, 80, 60, 50, 40, 30, 20, 10] }],
    ['2025-11-03', '2026-02-27', {}],
  ])(
    'every reminder for %s to %s with %j is a business day outside quiet periods, inside the round, sorted, unique',
    (opensOn, deadline, input) => {
      const p = policy(input);
      const schedule = deadlineReminderSchedule(opensOn, deadline, p);
      expect(schedule.length).toBeGreaterThan(0);
      for (const r of schedule) {
        expect(isBusinessDay(r.date)).toBe(true);
        expect(inQuietPeriod(r.date, p.quietPeriods)).toBe(false);
        expect(r.date > opensOn && r.date < deadline).toBe(true);
        expect(p.businessDaysBefore).toContain(r.businessDaysBefore);
      }
      const dates = schedule.map((r) => r.date);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
    },
  );

  test('does not mutate the policy', () => {
    const p = policy({ businessDaysBefore: [3, 30, 14] });
    deadlineReminderSchedule('2031-01-07', '2031-02-28', p);
    expect(p.businessDaysBefore).toEqual([3, 30, 14]);
  });
});

describe('answerDeadlineInstant', () => {
  test.each([
    ['2031-02-28', '2031-02-28T23:00:00.000Z'],
    ['2031-08-29', '2031-08-29T22:00:00.000Z'],
    ['2031-12-31', '2031-12-31T23:00:00.000Z'],
    // Midnight after the deadline day, across the DST changes of 2031 (Sunday 03-30 and Sunday 10-26).
    ['2031-03-29', '2031-03-29T23:00:00.000Z'],
    ['2031-03-30', '2031-03-30T22:00:00.000Z'],
    ['2031-10-25', '2031-10-25T22:00:00.000Z'],
    ['2031-10-26', '2031-10-26T23:00:00.000Z'],
  ])('answers for %s are due by %s', (deadline, instant) => {
    expect(answerDeadlineInstant(deadline)).toBe(instant);
  });
});

describe('openingInstant', () => {
  test.each([
    ['2031-01-07', '08:00', '2031-01-07T07:00:00.000Z'],
    ['2031-06-02', '08:00', '2031-06-02T06:00:00.000Z'],
    ['2031-01-07', '13:15', '2031-01-07T12:15:00.000Z'],
    ['2031-03-30', '08:00', '2031-03-30T06:00:00.000Z'],
  ])('a round opening %s at %s opens at %s', (opensOn, sendAt, instant) => {
    expect(openingInstant(opensOn, sendAt)).toBe(instant);
  });
});
