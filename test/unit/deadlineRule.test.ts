import { DEFAULT_DEADLINE_RULE, deadlineInForce, deadlineRuleSchema, statedDeadline } from '../../domain/calendar/deadlineRule';
import { bodyDirectorySchema, deadlineRuleOf } from '../../domain/meeting/bodies';
import { deadlineText, formatDayAndDate } from '../../domain/mail/deadlineText';
import { bodies } from '../support/lifecycleEnvironment';

describe('deadlineInForce: a last day on a day off, under each rule', () => {
  test.each([
    // [given, next-business-day, previous-business-day, what the given day is]
    ['2037-12-26', '2037-12-28', '2037-12-23', 'Boxing Day, a Saturday: over Christmas'],
    ['2037-12-24', '2037-12-28', '2037-12-23', 'Christmas Eve, a Thursday'],
    ['2037-12-31', '2038-01-04', '2037-12-30', "New Year's Eve, a Thursday: New Year's Day and a weekend follow"],
    ['2037-06-19', '2037-06-22', '2037-06-18', 'Midsummer Eve, a Friday'],
    ['2037-04-05', '2037-04-07', '2037-04-02', 'Easter Sunday: Easter Monday follows, Good Friday went before'],
    ['2037-05-01', '2037-05-04', '2037-04-30', 'the first of May, a Friday; Walpurgis Eve is a business day'],
    ['2038-01-06', '2038-01-07', '2038-01-05', 'Epiphany, a Wednesday'],
    ['2037-06-06', '2037-06-08', '2037-06-05', 'National Day, a Saturday'],
    ['2037-02-28', '2037-03-02', '2037-02-27', 'a plain Saturday'],
  ])('%s: next %s, previous %s (%s)', (given, next, previous) => {
    expect(deadlineInForce(given, 'next-business-day')).toBe(next);
    expect(deadlineInForce(given, 'previous-business-day')).toBe(previous);
    expect(deadlineInForce(given, 'keep')).toBe(given);
  });

  test.each(['2037-12-23', '2037-12-28', '2037-07-15'])('a business day stays, under every rule, July or not: %s', (date) => {
    for (const rule of deadlineRuleSchema.options) expect(deadlineInForce(date, rule)).toBe(date);
  });

  test('the default follows the law', () => {
    expect(DEFAULT_DEADLINE_RULE).toBe('next-business-day');
    expect(deadlineRuleSchema.safeParse('next-working-day').success).toBe(false);
  });

  test('statedDeadline names the day given only when the rule moved it', () => {
    expect(statedDeadline('2037-12-26', 'next-business-day')).toEqual({ deadline: '2037-12-28', movedFrom: '2037-12-26' });
    expect(statedDeadline('2037-12-26', 'keep')).toEqual({ deadline: '2037-12-26' });
    expect(statedDeadline('2037-12-23', 'next-business-day')).toEqual({ deadline: '2037-12-23' });
  });
});

describe('the rule per body', () => {
  test('each shipped body follows the law; a request of its own comes first', () => {
    expect(bodies.bodies.map((b) => [b.id, b.deadlineRule])).toEqual([
      ['VVG', 'next-business-day'],
      ['SRO', 'next-business-day'],
    ]);
    expect(deadlineRuleOf(bodies, 'VVG')).toBe('next-business-day');
    expect(deadlineRuleOf(bodies, 'VVG', 'keep')).toBe('keep');
  });

  test('a body without one gets the default; an unknown one is refused, naming the field', () => {
    const raw = { bodies: bodies.bodies.map(({ deadlineRule: _rule, ...b }) => b) };
    expect(bodyDirectorySchema.parse(raw).bodies.map((b) => b.deadlineRule)).toEqual(['next-business-day', 'next-business-day']);
    const bad = bodyDirectorySchema.safeParse({ bodies: [{ ...raw.bodies[0], deadlineRule: 'sometimes' }, raw.bodies[1]] });
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['bodies.0.deadlineRule']);
  });
});

describe('a deadline as the mail states it', () => {
  test.each([
    ['sv', { deadline: '2026-12-28', movedFrom: '2026-12-26' }, 'måndag 28 december 2026, flyttad från lördag 26 december'],
    ['en', { deadline: '2026-12-28', movedFrom: '2026-12-26' }, 'Monday 28 December 2026, moved from Saturday 26 December'],
    ['sv', { deadline: '2038-01-04', movedFrom: '2037-12-31' }, 'måndag 4 januari 2038, flyttad från torsdag 31 december 2037'],
    ['en', { deadline: '2037-12-30', movedFrom: '2037-12-31' }, 'Wednesday 30 December 2037, moved from Thursday 31 December'],
    ['sv', { deadline: '2026-12-28' }, '28 december 2026'],
    ['en', { deadline: '2026-12-28' }, '28 December 2026'],
  ] as const)('in %s, %j reads "%s"', (language, deadline, text) => {
    expect(deadlineText(deadline, language)).toBe(text);
  });

  test('every weekday and month by name', () => {
    const week = ['2037-12-28', '2037-12-29', '2037-12-30', '2037-12-31', '2038-01-01', '2038-01-02', '2038-01-03'];
    expect(week.map((d) => formatDayAndDate(d, 'sv', false).split(' ')[0])).toEqual([
      'måndag',
      'tisdag',
      'onsdag',
      'torsdag',
      'fredag',
      'lördag',
      'söndag',
    ]);
    const months = Array.from({ length: 12 }, (_, i) => `2037-${String(i + 1).padStart(2, '0')}-15`);
    expect(months.map((d) => formatDayAndDate(d, 'en').split(' ')[2])).toEqual([
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]);
  });
});
