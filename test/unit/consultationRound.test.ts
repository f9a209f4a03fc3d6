import { problemsOf } from '../support/validation';
import { stockholmInstant } from '../../domain/calendar/dates';
import { deadlineReminderPolicySchema } from '../../domain/consultation/consultation';
import {
  addRecipientProblem,
  closeRoundProblem,
  extendDeadlineProblem,
  extendDeadlineSchemaOn,
  nextRoundEvent,
  pendingReminders,
  recordResponseProblem,
  recordResponseSchemaOn,
  RoundSchedule,
  RoundState,
  withdrawRecipientProblem,
} from '../../domain/consultation/round';
import { parseOrThrow } from '../../domain/validation';
import { owner } from '../support/guidelines';

/** The sources' round five years on: open 2030-11-04, answers due 2031-02-28; Ale and Kungälv invited, Tjörn withdrawn. */
const round = (overrides: Partial<RoundState> = {}): RoundState => ({
  status: 'open',
  opensOn: '2030-11-04',
  deadline: '2031-02-28',
  deadlineRule: 'next-business-day',
  recipients: [{ organisationId: 'kommun-ale' }, { organisationId: 'kommun-kungalv' }, { organisationId: 'kommun-tjorn' }],
  withdrawn: ['kommun-tjorn'],
  ...overrides,
});
const answer = (organisationId: string, receivedOn = '2030-12-10') => ({ organisationId, receivedOn });
const ale = {
  organisationId: 'kommun-ale',
  organisationName: 'Ale',
  progressGroup: 'simba',
  contacts: [{ ...owner, organisationId: 'kommun-ale' }],
};

describe('recordResponseSchemaOn', () => {
  const on = (today: string, receivedOn: string) => () =>
    parseOrThrow(recordResponseSchemaOn(today), { organisationId: 'kommun-ale', kind: 'comments', receivedOn });

  test.each(['2030-12-09', '2030-12-10'])('takes an answer received on %s, by 2030-12-10', (receivedOn) => {
    expect(on('2030-12-10', receivedOn)()).toMatchObject({ receivedOn });
  });

  test('refuses an answer received after today', () => {
    expect(problemsOf(on('2030-12-10', '2030-12-11'))).toEqual(['receivedOn: cannot be in the future']);
  });

  test('reports a malformed date once, not as the future', () => {
    expect(problemsOf(on('2030-12-10', '2030-13-01'))).toEqual(['receivedOn: must be an existing calendar date written YYYY-MM-DD']);
  });

  const unclassified = (receivedVia?: string) => () =>
    parseOrThrow(recordResponseSchemaOn('2030-12-10'), {
      organisationId: 'kommun-ale',
      kind: 'unclassified',
      receivedOn: '2030-12-10',
      ...(receivedVia ? { receivedVia, receivedFrom: 'registrator@ale.se' } : {}),
    });

  test('takes an unclassified answer only as a reply by e-mail', () => {
    expect(unclassified('email')()).toMatchObject({ kind: 'unclassified', receivedVia: 'email' });
    for (const via of [undefined, 'staff', 'link']) {
      expect(problemsOf(unclassified(via))).toEqual(["kind: 'unclassified' is only for a reply by e-mail; say which kind of answer it is"]);
    }
  });
});

describe('extendDeadlineSchemaOn', () => {
  const on = (today: string, deadline: string) => () =>
    parseOrThrow(extendDeadlineSchemaOn(today), { deadline, reason: 'Fler behöver tid' });

  test.each(['2031-02-12', '2031-03-14'])('takes a new deadline of %s on 2031-02-12', (deadline) => {
    expect(on('2031-02-12', deadline)()).toEqual({ deadline, reason: 'Fler behöver tid' });
  });

  test('refuses a deadline already passed, naming it', () => {
    expect(problemsOf(on('2031-02-12', '2031-02-11'))).toEqual(['deadline: 2031-02-11 has already passed']);
  });

  test('reports a malformed date once, not as passed', () => {
    expect(problemsOf(on('2031-02-12', '2031-02-30'))).toEqual(['deadline: must be an existing calendar date written YYYY-MM-DD']);
  });
});

describe('recordResponseProblem', () => {
  test.each<[string, Partial<RoundState>, ReturnType<typeof answer>, string]>([
    ['a closed round', { status: 'closed' }, answer('kommun-ale'), 'round: the round is closed and takes no more answers'],
    [
      'a round not yet open',
      { status: 'scheduled' },
      answer('kommun-ale'),
      'round: the round opens on 2030-11-04; answers are recorded from then',
    ],
    ['an organisation not invited', {}, answer('kommun-boras'), "organisationId: 'kommun-boras' was not invited to this round"],
    ['a withdrawn organisation', {}, answer('kommun-tjorn'), "organisationId: 'kommun-tjorn' was withdrawn from this round"],
    ['an answer before the opening', {}, answer('kommun-ale', '2030-11-03'), 'receivedOn: is before the round opened on 2030-11-04'],
  ])('refuses %s', (_label, overrides, response, problem) => {
    expect(recordResponseProblem(round(overrides), response)).toBe(problem);
  });

  test.each<[string, Partial<RoundState>, ReturnType<typeof answer>]>([
    ['an answer on the opening day', {}, answer('kommun-ale', '2030-11-04')],
    ['a late answer once the deadline has passed', { status: 'deadline-passed' }, answer('kommun-kungalv', '2031-03-17')],
  ])('takes %s', (_label, overrides, response) => {
    expect(recordResponseProblem(round(overrides), response)).toBeUndefined();
  });
});

describe('the other rules of a round', () => {
  test('a deadline moves only later, and not once the round is closed', () => {
    expect(extendDeadlineProblem(round(), { deadline: '2031-02-28' })).toBe('deadline: must be after the current deadline 2031-02-28');
    expect(extendDeadlineProblem(round({ status: 'closed' }), { deadline: '2031-03-14' })).toBe('round: the round is closed');
    expect(extendDeadlineProblem(round({ status: 'deadline-passed' }), { deadline: '2031-03-14' })).toBeUndefined();
  });

  test('an extension must move the deadline in force: a later day off that the rule brings back to it moves nothing', () => {
    // Boxing Day 2037 is a Saturday: under the law's rule the deadline in force is Monday the 28th.
    const boxingDay = round({ deadline: '2037-12-26' });
    expect(extendDeadlineProblem(boxingDay, { deadline: '2037-12-27' })).toBe(
      'deadline: 2037-12-27 is a day off and counts as 2037-12-28, already the deadline in force',
    );
    expect(extendDeadlineProblem(boxingDay, { deadline: '2037-12-28' })).toBe('deadline: 2037-12-28 is already the deadline in force');
    expect(extendDeadlineProblem(boxingDay, { deadline: '2037-12-29' })).toBeUndefined();
    expect(extendDeadlineProblem({ ...boxingDay, deadlineRule: 'keep' }, { deadline: '2037-12-27' })).toBeUndefined();
  });

  test('a recipient is added once, and a withdrawn one may come back', () => {
    expect(addRecipientProblem(round(), { recipient: ale })).toBe("recipient.organisationId: 'kommun-ale' is already a recipient");
    expect(addRecipientProblem(round(), { recipient: { ...ale, organisationId: 'kommun-tjorn' } })).toBeUndefined();
    expect(addRecipientProblem(round({ status: 'closed' }), { recipient: ale })).toBe('round: the round is closed');
  });

  test('only a recipient still in the round can be withdrawn', () => {
    expect(withdrawRecipientProblem(round(), { organisationId: 'kommun-ale' })).toBeUndefined();
    expect(withdrawRecipientProblem(round(), { organisationId: 'kommun-tjorn' })).toBe("organisationId: 'kommun-tjorn' is not a recipient");
    expect(withdrawRecipientProblem(round(), { organisationId: 'kommun-boras' })).toBe("organisationId: 'kommun-boras' is not a recipient");
    expect(withdrawRecipientProblem(round({ status: 'closed' }), { organisationId: 'kommun-ale' })).toBe('round: the round is closed');
  });

  test('a round is closed once', () => {
    expect(closeRoundProblem(round({ status: 'scheduled' }))).toBeUndefined();
    expect(closeRoundProblem(round({ status: 'closed' }))).toBe('round: the round is already closed');
  });
});

describe('nextRoundEvent', () => {
  // Reminders 30, 14 and 3 business days before Friday 2031-02-28: 01-17, 02-10 and 02-25 at 08:00.
  const schedule = (overrides: Partial<RoundSchedule> = {}): RoundSchedule => ({
    opensOn: '2030-11-04',
    deadline: '2031-02-28',
    deadlineRule: 'next-business-day',
    reminderPolicy: deadlineReminderPolicySchema.parse({}),
    scheduleFrom: '2030-10-01T10:00:00.000Z',
    sentReminders: [],
    ...overrides,
  });
  const at8 = (date: string) => stockholmInstant(date, '08:00');

  test('a scheduled round waits for its opening, at the sending time', () => {
    expect(nextRoundEvent({ status: 'scheduled' }, schedule())).toEqual({ kind: 'opening', at: at8('2030-11-04') });
  });

  test('an open round waits for its first reminder not yet sent', () => {
    expect(nextRoundEvent({ status: 'open' }, schedule({ sentReminders: [at8('2031-01-17')] }))).toMatchObject({
      kind: 'reminder',
      at: at8('2031-02-10'),
      reminder: { businessDaysBefore: 14, date: '2031-02-10' },
    });
  });

  test('a reminder due before the schedule was last moved is never sent', () => {
    const moved = schedule({ scheduleFrom: at8('2031-02-12') });
    expect(pendingReminders(moved).map((r) => r.date)).toEqual(['2031-02-25']);
  });

  test('with every reminder sent, an open round waits for the end of its deadline day', () => {
    const sent = schedule({ sentReminders: ['2031-01-17', '2031-02-10', '2031-02-25'].map(at8) });
    expect(nextRoundEvent({ status: 'open' }, sent)).toEqual({ kind: 'deadline', at: stockholmInstant('2031-03-01') });
  });

  test.each(['deadline-passed', 'closed'] as const)('a round whose status is %s waits only for a change', (status) => {
    expect(nextRoundEvent({ status }, schedule())).toBeUndefined();
  });
});
