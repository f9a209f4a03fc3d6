import { problemsOf } from '../support/validation';
import { JULY } from '../../domain/calendar/businessDays';
import {
  CommissionInput,
  commissionInputSchema,
  CommissionProgress,
  commissionReminderPolicySchema,
  commissionSchedule,
  completeCommissionSchemaOn,
  completeMilestoneSchemaOn,
  completionProblem,
  milestoneCompletionProblem,
  milestoneMoveProblem,
  moveMilestoneSchemaOn,
  reportBackItemId,
  reportBackMeeting,
  reportBackSchema,
  resolveReportBack,
} from '../../domain/commission/commission';
import { stockholmInstant } from '../../domain/calendar/dates';
import { commissionWorkflowId } from '../../domain/ids';
import { describeIssues } from '../../domain/validation';
import type { MeetingCalendar } from '../../domain/meeting/meeting';
import { owner } from '../support/guidelines';

const commissionInput = (overrides: Record<string, unknown> = {}) => ({
  id: 'lss-short-stays',
  title: 'Hälso- och sjukvård vid korttidsvistelse enligt LSS',
  task: 'Ta fram en gemensam rutin för egenvård vid korttidsvistelse.',
  commissionedBy: { body: 'VVG', date: '2036-12-12' },
  group: [owner],
  milestones: [
    { id: 'first-draft', title: 'Första utkast', due: '2037-01-15' },
    { id: 'final-report', title: 'Slutrapport', due: '2037-02-05' },
  ],
  reportBack: { body: 'VVG', nextMeetingIn: { year: 2037, month: 2 } },
  ...overrides,
});
const parse = (overrides: Record<string, unknown> = {}): CommissionInput => commissionInputSchema.parse(commissionInput(overrides));
const messagesOf = (input: unknown) => commissionInputSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

const problemOf = (run: () => unknown): string => problemsOf(run).join('; ');

// VVG meets twice in February 2037 and not at all in February 2038; SRO never in February.
const calendar: MeetingCalendar = {
  VVG: ['2036-12-11', '2037-02-09', '2037-02-23', '2037-04-13', '2038-03-15'],
  SRO: ['2037-01-16', '2037-03-13'],
};

describe('commission ids', () => {
  test('the workflow id and the agenda item id come from the commission id', () => {
    expect(commissionWorkflowId('lss-short-stays')).toBe('commission/lss-short-stays');
    expect(reportBackItemId('lss-short-stays')).toBe('commission-lss-short-stays');
  });
});

describe('commissionInputSchema', () => {
  test('defaults: reminders 10 and 2 business days before at 08:00, quiet in July, escalation the next business day, 20 minutes', () => {
    const c = parse();
    expect(c.reminderPolicy).toEqual({ businessDaysBefore: [10, 2], sendAt: '08:00', quietPeriods: [JULY], escalateBusinessDaysAfter: 1 });
    expect(c.reportBack).toEqual({ body: 'VVG', nextMeetingIn: { year: 2037, month: 2 }, minutes: 20 });
  });

  test.each<[string, Record<string, unknown>, string[]]>([
    ['an id with capitals', { id: 'LSS' }, ['id: must be lowercase letters, digits and hyphens (at most 60)']],
    ['no group', { group: [] }, ['group: needs at least one contact']],
    ['no milestones', { milestones: [] }, ['milestones: needs at least one milestone']],
    [
      'a milestone id used twice',
      {
        milestones: [
          { id: 'draft', title: 'A', due: '2037-01-15' },
          { id: 'draft', title: 'B', due: '2037-02-05' },
        ],
      },
      ["milestones.1.id: 'draft' is used twice"],
    ],
    [
      'milestones out of order',
      {
        milestones: [
          { id: 'a', title: 'A', due: '2037-02-05' },
          { id: 'b', title: 'B', due: '2037-01-15' },
        ],
      },
      ["milestones.1.due: must not be before the previous milestone's 2037-02-05"],
    ],
    [
      'a milestone due on the day it is given',
      { milestones: [{ id: 'a', title: 'A', due: '2036-12-12' }] },
      ['milestones.0.due: must be after the commission is given on 2036-12-12'],
    ],
    [
      'a due date that does not exist',
      { milestones: [{ id: 'a', title: 'A', due: '2037-02-29' }] },
      ['milestones.0.due: must be an existing calendar date written YYYY-MM-DD'],
    ],
    [
      'a report back with both a date and a month',
      { reportBack: { body: 'VVG', date: '2037-02-09', nextMeetingIn: { year: 2037, month: 2 } } },
      ['reportBack: needs either date or nextMeetingIn, not both'],
    ],
    ['a report back with neither', { reportBack: { body: 'VVG' } }, ['reportBack: needs either date or nextMeetingIn, not both']],
    [
      'an unknown body',
      { commissionedBy: { body: 'KSL', date: '2036-12-12' } },
      [expect.stringMatching(/^commissionedBy\.body: /) as unknown as string],
    ],
  ])('%s is refused', (_name, overrides, messages) => {
    expect(messagesOf(commissionInput(overrides))).toEqual(messages);
  });

  test('a month 13 is refused', () => {
    expect(reportBackSchema.safeParse({ body: 'VVG', nextMeetingIn: { year: 2037, month: 13 } }).error?.issues[0].path).toEqual([
      'nextMeetingIn',
      'month',
    ]);
  });

  test('two milestones due the same day are in order', () => {
    expect(
      messagesOf(
        commissionInput({
          milestones: [
            { id: 'a', title: 'A', due: '2037-01-15' },
            { id: 'b', title: 'B', due: '2037-01-15' },
          ],
        }),
      ),
    ).toBeUndefined();
  });
});

describe('reportBackMeeting', () => {
  const month = (year: number, m: number) => reportBackSchema.parse({ body: 'VVG', nextMeetingIn: { year, month: m } });

  test.each<[string, Parameters<typeof reportBackMeeting>[1], string, string]>([
    ['the next meeting in February is its first', month(2037, 2), '2036-12-12', '2037-02-09'],
    ['after the first February meeting, the second', month(2037, 2), '2037-02-09', '2037-02-23'],
    ['a date in the calendar', reportBackSchema.parse({ body: 'VVG', date: '2037-04-13' }), '2036-12-12', '2037-04-13'],
    ['the same month a year on', month(2038, 3), '2036-12-12', '2038-03-15'],
  ])('%s', (_name, reportBack, after, date) => {
    expect(reportBackMeeting(calendar, reportBack, after)).toEqual({ body: 'VVG', date });
  });

  test.each<[string, Parameters<typeof reportBackMeeting>[1], string, string]>([
    [
      'a February with no meeting',
      month(2038, 2),
      '2036-12-12',
      'reportBack.nextMeetingIn: VVG has no meeting in February 2038 in its calendar',
    ],
    [
      'a February whose meetings are past',
      month(2037, 2),
      '2037-02-23',
      'reportBack.nextMeetingIn: VVG has no meeting in February 2037 after 2037-02-23',
    ],
    [
      'a body that never meets that month',
      reportBackSchema.parse({ body: 'SRO', nextMeetingIn: { year: 2037, month: 2 } }),
      '2036-12-12',
      'reportBack.nextMeetingIn: SRO has no meeting in February 2037 in its calendar',
    ],
    [
      'a date not in the calendar',
      reportBackSchema.parse({ body: 'VVG', date: '2037-02-10' }),
      '2036-12-12',
      'reportBack.date: VVG has no meeting on 2037-02-10 in its calendar',
    ],
    [
      "another body's meeting date",
      reportBackSchema.parse({ body: 'VVG', date: '2037-01-16' }),
      '2036-12-12',
      'reportBack.date: VVG has no meeting on 2037-01-16 in its calendar',
    ],
    [
      'a meeting already past',
      reportBackSchema.parse({ body: 'VVG', date: '2036-12-11' }),
      '2036-12-12',
      'reportBack.date: must be after 2036-12-12',
    ],
  ])('%s is refused', (_name, reportBack, after, message) => {
    expect(problemOf(() => reportBackMeeting(calendar, reportBack, after))).toBe(message);
  });
});

describe('resolveReportBack', () => {
  test('counts from the commissioning, or from today when that is later', () => {
    expect(resolveReportBack(parse(), calendar, '2036-12-20').date).toBe('2037-02-09');
    expect(resolveReportBack(parse({ milestones: [{ id: 'a', title: 'A', due: '2037-01-15' }] }), calendar, '2037-02-09').date).toBe(
      '2037-02-23',
    );
  });

  test('a meeting before the last milestone is refused', () => {
    const late = parse({ milestones: [{ id: 'final-report', title: 'Slutrapport', due: '2037-02-12' }] });
    expect(problemOf(() => resolveReportBack(late, calendar, '2036-12-12'))).toBe(
      "reportBack: the meeting on 2037-02-09 is before the milestone 'final-report' due 2037-02-12",
    );
  });
});

describe('commissionSchedule', () => {
  const policy = (input: Record<string, unknown> = {}) => commissionReminderPolicySchema.parse(input);
  const events = (given: string, due: string, input: Record<string, unknown> = {}) =>
    commissionSchedule(given, [{ id: 'm', due }], policy(input)).map((e) => [e.kind, e.date]);

  test.each<[string, string, string, Record<string, unknown>, string[][]]>([
    // Thursday 2037-01-15: back over Epiphany (Tuesday 01-06), New Year's Day and Eve, to Monday 2036-12-29.
    [
      'over Christmas, New Year and Epiphany',
      '2036-12-01',
      '2037-01-15',
      {},
      [
        ['reminder', '2036-12-29'],
        ['reminder', '2037-01-13'],
        ['escalation', '2037-01-16'],
      ],
    ],
    [
      'a reminder before the commissioning is dropped',
      '2037-01-05',
      '2037-01-15',
      {},
      [
        ['reminder', '2037-01-13'],
        ['escalation', '2037-01-16'],
      ],
    ],
    // Midsummer Eve, Friday 2037-06-19, is a day off: the escalation waits for Monday.
    [
      'due on Midsummer Eve',
      '2037-05-01',
      '2037-06-19',
      {},
      [
        ['reminder', '2037-06-05'],
        ['reminder', '2037-06-17'],
        ['escalation', '2037-06-22'],
      ],
    ],
    [
      'due on a Sunday',
      '2037-01-05',
      '2037-02-08',
      {},
      [
        ['reminder', '2037-01-26'],
        ['reminder', '2037-02-05'],
        ['escalation', '2037-02-09'],
      ],
    ],
    // Ten business days before Thursday 2037-08-06 is in July: the last business day of June.
    [
      'a reminder in July moves to June',
      '2037-05-01',
      '2037-08-06',
      {},
      [
        ['reminder', '2037-06-30'],
        ['reminder', '2037-08-04'],
        ['escalation', '2037-08-07'],
      ],
    ],
    [
      'July not quiet',
      '2037-05-01',
      '2037-08-06',
      { quietPeriods: [] },
      [
        ['reminder', '2037-07-23'],
        ['reminder', '2037-08-04'],
        ['escalation', '2037-08-07'],
      ],
    ],
    // Due on Tuesday 2037-06-30 (ten business days back pass Midsummer Eve): the business day after it is in July, so
    // the escalation waits for Monday 08-03.
    [
      'an escalation in July waits for August',
      '2037-05-01',
      '2037-06-30',
      {},
      [
        ['reminder', '2037-06-15'],
        ['reminder', '2037-06-26'],
        ['escalation', '2037-08-03'],
      ],
    ],
    [
      'an escalation with July not quiet',
      '2037-05-01',
      '2037-06-30',
      { quietPeriods: [] },
      [
        ['reminder', '2037-06-15'],
        ['reminder', '2037-06-26'],
        ['escalation', '2037-07-01'],
      ],
    ],
    // Wednesday 2037-12-23: Christmas Eve, Christmas Day and a weekend before Monday the 28th.
    [
      'due before Christmas',
      '2037-11-01',
      '2037-12-23',
      {},
      [
        ['reminder', '2037-12-09'],
        ['reminder', '2037-12-21'],
        ['escalation', '2037-12-28'],
      ],
    ],
    // Three business days after Wednesday 2037-04-01: Maundy Thursday, then past Good Friday and Easter Monday.
    [
      'escalation three business days after, over Easter',
      '2037-03-01',
      '2037-04-01',
      { escalateBusinessDaysAfter: 3 },
      [
        ['reminder', '2037-03-18'],
        ['reminder', '2037-03-30'],
        ['escalation', '2037-04-08'],
      ],
    ],
  ])('%s', (_name, given, due, input, expected) => {
    expect(events(given, due, input)).toEqual(expected);
  });

  test('events of several milestones are in time order, at the policy hour', () => {
    const schedule = commissionSchedule(
      '2036-12-12',
      [
        { id: 'first-draft', due: '2037-01-15' },
        { id: 'final-report', due: '2037-02-05' },
      ],
      policy({ sendAt: '07:30' }),
    );
    expect(schedule.map((e) => [e.kind, e.milestoneId, e.date])).toEqual([
      ['reminder', 'first-draft', '2036-12-29'],
      ['reminder', 'first-draft', '2037-01-13'],
      ['escalation', 'first-draft', '2037-01-16'],
      ['reminder', 'final-report', '2037-01-22'],
      ['reminder', 'final-report', '2037-02-03'],
      ['escalation', 'final-report', '2037-02-06'],
    ]);
    expect(schedule[0].at).toBe(stockholmInstant('2036-12-29', '07:30'));
    expect(schedule[2].at).toBe(stockholmInstant('2037-01-16', '07:30'));
  });
});

describe('the rules of the Updates', () => {
  const progress = (overrides: Partial<CommissionProgress> = {}): CommissionProgress => ({
    status: 'active',
    commissionedBy: { date: '2036-12-12' },
    milestones: [
      { id: 'first-draft', due: '2037-01-15', completedOn: '2037-01-14' },
      { id: 'final-report', due: '2037-02-05' },
    ],
    ...overrides,
  });
  const completed = progress({ status: 'completed', completion: { completedOn: '2037-02-04' } });

  test.each<[string, CommissionProgress, Parameters<typeof milestoneCompletionProblem>[1], string | undefined]>([
    ['an open milestone', progress(), { milestoneId: 'final-report', completedOn: '2037-01-20' }, undefined],
    [
      'an unknown milestone',
      progress(),
      { milestoneId: 'budget', completedOn: '2037-01-20' },
      "milestoneId: 'budget' is not a milestone of this commission",
    ],
    [
      'a date before the commission',
      progress(),
      { milestoneId: 'final-report', completedOn: '2036-12-11' },
      'completedOn: is before the commission was given on 2036-12-12',
    ],
    [
      'a milestone already completed',
      progress(),
      { milestoneId: 'first-draft', completedOn: '2037-01-20' },
      "milestoneId: 'first-draft' was already completed on 2037-01-14",
    ],
    [
      'a completed commission',
      completed,
      { milestoneId: 'final-report', completedOn: '2037-01-20' },
      'commission: was already completed on 2037-02-04',
    ],
  ])('completing a milestone: %s', (_name, c, request, problem) => {
    expect(milestoneCompletionProblem(c, request)).toBe(problem);
  });

  const move = (milestoneId: string, due: string) => ({ milestoneId, due, reason: 'VVG beslutade ny tidplan' });
  test.each<[string, CommissionProgress, Parameters<typeof milestoneMoveProblem>[1], string | undefined]>([
    ['to a later date', progress(), move('final-report', '2037-02-12'), undefined],
    ['to an earlier date', progress(), move('final-report', '2037-01-29'), undefined],
    ['an unknown milestone', progress(), move('budget', '2037-02-12'), "milestoneId: 'budget' is not a milestone of this commission"],
    [
      'a completed milestone',
      progress(),
      move('first-draft', '2037-02-12'),
      "milestoneId: 'first-draft' was completed on 2037-01-14 and cannot be moved",
    ],
    ['to the date it already has', progress(), move('final-report', '2037-02-05'), "due: 'final-report' is already due on 2037-02-05"],
    ['in a completed commission', completed, move('final-report', '2037-02-12'), 'commission: was already completed on 2037-02-04'],
  ])('moving a milestone: %s', (_name, c, request, problem) => {
    expect(milestoneMoveProblem(c, request)).toBe(problem);
  });

  test.each<[string, CommissionProgress, string, string | undefined]>([
    ['with a milestone still open', progress(), '2037-01-19', undefined],
    ['before the commission was given', progress(), '2036-12-01', 'completedOn: is before the commission was given on 2036-12-12'],
    ['twice', completed, '2037-02-05', 'commission: was already completed on 2037-02-04'],
  ])('completing the commission: %s', (_name, c, completedOn, problem) => {
    expect(completionProblem(c, { completedOn, summary: 'Rutinen är klar.' })).toBe(problem);
  });

  // Dates against today are the schemas' part: the workflow parses with its own today's date.
  const problemOn = (result: { error?: Parameters<typeof describeIssues>[0] }) => result.error && describeIssues(result.error).join('; ');

  test.each<[string, string | undefined]>([
    ['2037-01-19', undefined],
    ['2037-01-20', undefined],
    ['2037-01-21', 'completedOn: cannot be in the future'],
  ])('on 2037-01-20, completing on %s: %p', (completedOn, problem) => {
    expect(problemOn(completeMilestoneSchemaOn('2037-01-20').safeParse({ milestoneId: 'final-report', completedOn }))).toBe(problem);
    expect(problemOn(completeCommissionSchemaOn('2037-01-20').safeParse({ completedOn, summary: 'Rutinen är klar.' }))).toBe(problem);
  });

  test.each<[string, string | undefined]>([
    ['2037-01-19', 'due: 2037-01-19 has already passed'],
    ['2037-01-20', undefined],
    ['2037-01-21', undefined],
  ])('on 2037-01-20, moving to %s: %p', (due, problem) => {
    expect(problemOn(moveMilestoneSchemaOn('2037-01-20').safeParse(move('final-report', due)))).toBe(problem);
  });
});
