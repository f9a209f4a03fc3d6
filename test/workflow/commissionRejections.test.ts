import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { CommissionClient } from '../../client/commissions';
import { GuidelineClient } from '../../client/guidelines';
import { commissionInputSchema } from '../../domain/commission/commission';
import { commissionWorkflowId } from '../../domain/ids';
import { ValidationError } from '../../domain/validation';
import { commission } from '../../workflows';
import {
  commissionStateQuery,
  completeCommissionUpdate,
  completeMilestoneUpdate,
  moveMilestoneUpdate,
} from '../../workflows/commission/api';
import { annSofie, commissionBodies, commissionInput, selfCareDraft } from '../support/commissions';
import { organisations } from '../support/directories';
import { guideline } from '../support/guidelines';
import { LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';

let t: LifecycleEnvironment;
let commissions: CommissionClient;
const ID = 'lss-short-stays';
const handle = (id = ID) => t.env.client.workflow.getHandle(commissionWorkflowId(id));
const state = (id = ID) => handle(id).query(commissionStateQuery);

beforeAll(async () => {
  t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle(), undefined, commissionBodies);
  commissions = new CommissionClient(t.env.client, TASK_QUEUE, commissionBodies, organisations);
  await t.skipTo('2036-12-12', '10:00');
  await new GuidelineClient(t.env.client, TASK_QUEUE, organisations).register(
    guideline({ id: 'expected-child', validFrom: '2036-01-01', validUntil: '2038-12-31' }),
  );
  await commissions.start(commissionInput());
  await t.until(async () => (await state()).reportBack.placed);
  await commissions.completeMilestone(ID, { milestoneId: 'first-draft', completedOn: '2036-12-12' });
});

afterAll(async () => {
  await t.stop();
});

/** The workflow's own refusal, after checking the commission's state is what it was before. */
async function refusal(attempt: () => Promise<unknown>, id = ID): Promise<string> {
  const before = await state(id);
  const err = await attempt().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
  expect(await state(id)).toEqual(before);
  return (err as WorkflowUpdateFailedError).cause!.message;
}

/** The client's refusal, naming the field. */
async function clientRefusal(attempt: () => Promise<unknown>): Promise<string> {
  const err = await attempt().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ValidationError);
  return (err as ValidationError).message;
}

const completeMilestone = (input: unknown) => () => handle().executeUpdate(completeMilestoneUpdate, { args: [input as never] });
const moveMilestone = (input: unknown) => () => handle().executeUpdate(moveMilestoneUpdate, { args: [input as never] });
const complete = (input: unknown) => () => handle().executeUpdate(completeCommissionUpdate, { args: [input as never] });
const summary = 'Arbetsgruppen föreslår en gemensam rutin.';

describe('the Updates, refused by the workflow with no change of state', () => {
  test.each<[string, () => Promise<unknown>, string | RegExp]>([
    [
      'completing an unknown milestone',
      completeMilestone({ milestoneId: 'budget', completedOn: '2036-12-12' }),
      "milestoneId: 'budget' is not a milestone of this commission",
    ],
    [
      'completing a milestone on a date in the future',
      completeMilestone({ milestoneId: 'final-report', completedOn: '2036-12-13' }),
      'completedOn: cannot be in the future',
    ],
    [
      'completing a milestone before the commission was given',
      completeMilestone({ milestoneId: 'final-report', completedOn: '2036-12-10' }),
      'completedOn: is before the commission was given on 2036-12-11',
    ],
    [
      'completing a milestone already completed',
      completeMilestone({ milestoneId: 'first-draft', completedOn: '2036-12-12' }),
      "milestoneId: 'first-draft' was already completed on 2036-12-12",
    ],
    [
      'completing a milestone on a date that does not exist',
      completeMilestone({ milestoneId: 'final-report', completedOn: '2036-02-30' }),
      /^completedOn: must be an existing calendar date/,
    ],
    [
      'moving a completed milestone',
      moveMilestone({ milestoneId: 'first-draft', due: '2037-01-22', reason: 'Ny tidplan' }),
      "milestoneId: 'first-draft' was completed on 2036-12-12 and cannot be moved",
    ],
    [
      'moving an unknown milestone',
      moveMilestone({ milestoneId: 'budget', due: '2037-01-22', reason: 'Ny tidplan' }),
      "milestoneId: 'budget' is not a milestone of this commission",
    ],
    [
      'moving a milestone to a date already past',
      moveMilestone({ milestoneId: 'final-report', due: '2036-12-11', reason: 'Ny tidplan' }),
      'due: 2036-12-11 has already passed',
    ],
    [
      'moving a milestone to the date it has',
      moveMilestone({ milestoneId: 'final-report', due: '2037-02-05', reason: 'Ny tidplan' }),
      "due: 'final-report' is already due on 2037-02-05",
    ],
    [
      'moving a milestone without a reason',
      moveMilestone({ milestoneId: 'final-report', due: '2037-02-12', reason: ' ' }),
      'reason: is required',
    ],
    [
      'completing the commission on a date in the future',
      complete({ completedOn: '2036-12-13', summary }),
      'completedOn: cannot be in the future',
    ],
    ['completing the commission without a summary', complete({ completedOn: '2036-12-12' }), /^summary: /],
    [
      'completing the commission with a draft that has no owner address',
      complete({ completedOn: '2036-12-12', summary, draft: { ...selfCareDraft, owner: { ...annSofie, email: 'ann-sofie(at)vgregion' } } }),
      'draft.owner.email: must be an e-mail address',
    ],
    [
      'completing the commission with a draft of a guideline already registered',
      complete({ completedOn: '2036-12-12', summary, draft: { ...selfCareDraft, id: 'expected-child' } }),
      "draft.id: a guideline 'expected-child' is already registered",
    ],
  ])('%s', async (_name, attempt, message) => {
    expect(await refusal(attempt)).toMatch(message);
  });
});

describe('the client, refusing at the edge', () => {
  test.each<[string, Record<string, unknown>, string]>([
    [
      'a group contact from an unknown organisation',
      { id: 'atlantis', group: [annSofie, { ...annSofie, organisationId: 'kommun-atlantis' }] },
      "group.1.organisationId: unknown organisation 'kommun-atlantis'",
    ],
    [
      'a February without meetings',
      { id: 'next-year', reportBack: { body: 'VVG', nextMeetingIn: { year: 2038, month: 2 } } },
      'reportBack.nextMeetingIn: VVG has no meeting in February 2038 in its calendar',
    ],
    [
      'a report-back date not in the calendar',
      { id: 'wrong-date', reportBack: { body: 'VVG', date: '2037-02-17' } },
      'reportBack.date: VVG has no meeting on 2037-02-17 in its calendar',
    ],
    [
      'a report-back meeting before the last milestone',
      { id: 'too-late', milestones: [{ id: 'final-report', title: 'Slutrapport', due: '2037-02-20' }] },
      "reportBack: the meeting on 2037-02-16 is before the milestone 'final-report' due 2037-02-20",
    ],
    ['an id already used', {}, "id: a commission 'lss-short-stays' already exists"],
  ])('starting a commission with %s is refused, and nothing starts', async (_name, overrides, message) => {
    const before = await state();
    expect(await clientRefusal(() => commissions.start(commissionInput(overrides)))).toBe(message);
    if (overrides.id) await expect(handle(String(overrides.id)).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
    expect(await state()).toEqual(before);
  });

  test('an Update to an unknown commission is refused', async () => {
    expect(
      await clientRefusal(() =>
        commissions.moveMilestone('budget-2037', { milestoneId: 'final-report', due: '2037-02-12', reason: 'Ny tidplan' }),
      ),
    ).toBe("commissionId: no commission 'budget-2037'");
  });

  test('a draft with an owner from an unknown organisation is refused before the workflow sees it', async () => {
    const before = await state();
    const draft = { ...selfCareDraft, owner: { ...annSofie, organisationId: 'kommun-atlantis' } };
    expect(await clientRefusal(() => commissions.complete(ID, { completedOn: '2036-12-12', summary, draft }))).toBe(
      "draft.owner.organisationId: unknown organisation 'kommun-atlantis'",
    );
    expect(await state()).toEqual(before);
  });

  test('completing twice is refused, and so is every Update after', async () => {
    await commissions.complete(ID, { completedOn: '2036-12-12', summary });
    const after = await state();
    expect(after.status).toBe('completed');
    const completed = 'commission: was already completed on 2036-12-12';
    expect(await clientRefusal(() => commissions.complete(ID, { completedOn: '2036-12-12', summary }))).toBe(completed);
    expect(await clientRefusal(() => commissions.completeMilestone(ID, { milestoneId: 'final-report', completedOn: '2036-12-12' }))).toBe(
      completed,
    );
    expect(
      await clientRefusal(() => commissions.moveMilestone(ID, { milestoneId: 'final-report', due: '2037-02-12', reason: 'Ny tidplan' })),
    ).toBe(completed);
    expect(await state()).toEqual(after);
  });
});

describe('a meeting that refuses the report back', () => {
  // The client's calendar and the worker's can differ when the bodies file is edited between them.
  test('is recorded on the commission, which goes on reminding', async () => {
    const input = commissionInputSchema.parse(commissionInput({ id: 'other-calendar', reportBack: { body: 'VVG', date: '2037-02-18' } }));
    await t.env.client.workflow.start(commission, {
      workflowId: 'commission/other-calendar',
      taskQueue: TASK_QUEUE,
      args: [{ commission: input, calendar: { VVG: ['2037-02-18'] } }],
    });
    await t.until(async () => t.ledger.outcomes('commission/other-calendar').length === 2);
    const view = await state('other-calendar');
    expect(view.reportBack).toMatchObject({
      date: '2037-02-18',
      placed: false,
      refused: 'date: VVG has no meeting on 2037-02-18 in its calendar',
    });
    expect(view.status).toBe('active');
    expect(view.upcoming.length).toBe(6);
    expect(t.ledger.outcomes('commission/other-calendar').map((o) => o.kind)).toEqual(['commission-started', 'report-back-refused']);
  });
});
