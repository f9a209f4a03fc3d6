import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { meetingDeliveryActivities } from '../../activities/meetingDelivery';
import { GuidelineClient } from '../../client/guidelines';
import { meetingWorkflowId, principalsWorkflowId } from '../../domain/ids';
import { resolveRecipients } from '../../domain/directory/recipients';
import { addItemUpdate, meetingAgendaQuery, recordDecisionUpdate, submitDocumentsUpdate } from '../../workflows/meeting/api';
import { principalProgressQuery, recordPrincipalDecisionUpdate } from '../../workflows/meeting/principalsApi';
import { contacts, organisations } from '../support/directories';
import { guideline } from '../support/guidelines';
import { LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { item, scenarioBodies, startMeeting } from '../support/meetings';

let t: LifecycleEnvironment;
let guidelines: GuidelineClient;
const DECEMBER = meetingWorkflowId('VVG', '2034-12-15');
const SRO_JANUARY = meetingWorkflowId('SRO', '2035-01-19');
const handle = (id: string) => t.env.client.workflow.getHandle(id);
const agenda = (id = DECEMBER) => handle(id).query(meetingAgendaQuery);

beforeAll(async () => {
  t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle(), undefined, scenarioBodies);
  guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
  await t.skipTo('2034-10-02');
  await guidelines.register(guideline({ id: 'expected-child', validFrom: '2032-01-01', validUntil: '2034-12-31' }));
  await startMeeting(t.env.client, 'VVG', '2034-12-15');
  await handle(DECEMBER).executeUpdate(addItemUpdate, {
    args: [item({ itemId: 'expected-child', title: 'Förlängning', subject: { type: 'guideline', id: 'expected-child' } })],
  });
  await handle(DECEMBER).executeUpdate(addItemUpdate, {
    args: [item({ itemId: 'pfik', title: 'PFIK', kind: 'dialogue', needsSro: true })],
  });
});

afterAll(async () => {
  await t.stop();
});

/** The workflow's refusal, after checking the meeting's state is what it was before. */
async function refusal(attempt: () => Promise<unknown>, workflowId = DECEMBER): Promise<string> {
  const before = await agenda(workflowId);
  const err = await attempt().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
  expect(await agenda(workflowId)).toEqual(before);
  return (err as WorkflowUpdateFailedError).cause!.message;
}
const addItem = (input: unknown) => () => handle(DECEMBER).executeUpdate(addItemUpdate, { args: [input as never] });
const decide =
  (input: unknown, id = DECEMBER) =>
  () =>
    handle(id).executeUpdate(recordDecisionUpdate, { args: [input as never] });

describe('before the meeting', () => {
  test.each([
    [
      'a malformed presenter address',
      { ...item({ itemId: 'x', title: 'X' }), presenter: { ...item({ itemId: 'x', title: 'X' }).presenter, email: 'malin(at)vastkom' } },
      /^presenter\.email: must be an e-mail address$/,
    ],
    ['an item id already on the agenda', item({ itemId: 'pfik', title: 'PFIK igen' }), /^itemId: 'pfik' is already on the agenda$/],
    ['no minutes allotted', { ...item({ itemId: 'y', title: 'Y' }), minutes: 0 }, /^minutes: /],
    ['an unknown kind', { ...item({ itemId: 'z', title: 'Z' }), kind: 'gossip' }, /^kind: /],
  ])('an agenda item with %s is refused', async (_name, input, message) => {
    expect(await refusal(addItem(input))).toMatch(message);
  });

  test('documents for an item not on the agenda are refused', async () => {
    const submit = () =>
      handle(DECEMBER).executeUpdate(submitDocumentsUpdate, {
        args: [{ itemId: 'budget', documents: [{ title: 'B', link: 'https://samverkan.example/b.pdf' }] }],
      });
    expect(await refusal(submit)).toBe("itemId: 'budget' is not on the agenda of VVG 2034-12-15");
  });

  test('a decision before the meeting is held is refused', async () => {
    expect(await refusal(decide({ outcome: 'note', itemId: 'pfik' }))).toBe('meeting: VVG 2034-12-15 has not been held yet');
  });
});

describe('at and after the meeting', () => {
  beforeAll(async () => {
    await t.skipTo('2034-12-15', '10:00');
  });

  test('an agenda item on a meeting already held is refused', async () => {
    expect(await refusal(addItem(item({ itemId: 'late', title: 'Sent anmält' })))).toBe(
      'meeting: VVG 2034-12-15 has already been held; put the item on a later meeting',
    );
  });

  test('a decision on an item not on the agenda is refused', async () => {
    expect(await refusal(decide({ outcome: 'note', itemId: 'budget' }))).toBe("itemId: 'budget' is not on the agenda of VVG 2034-12-15");
  });

  test.each([
    ['a date with no meeting in the calendar', '2035-02-10', 'toMeeting: VVG has no meeting on 2035-02-10'],
    ['the same meeting', '2034-12-15', 'toMeeting: must be a meeting after 2034-12-15'],
    ["another body's meeting date", '2035-01-19', 'toMeeting: VVG has no meeting on 2035-01-19'],
  ])('a send-back to %s is refused, and no meeting is started', async (_name, toMeeting, message) => {
    expect(await refusal(decide({ outcome: 'send-back', itemId: 'pfik', toMeeting, reason: 'Återkommer' }))).toBe(message);
    if (toMeeting !== '2034-12-15')
      await expect(handle(meetingWorkflowId('VVG', toMeeting)).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
  });

  test('an extension ending before the current end is refused by the guideline, and neither changes', async () => {
    const guidelineBefore = await guidelines.show('expected-child');
    const runBefore = await t.runId('expected-child');
    const message = await refusal(decide({ outcome: 'endorse', action: 'extend', itemId: 'expected-child', validUntil: '2034-12-30' }));
    expect(message).toBe('validUntil: must be after the current end of validity 2034-12-31');
    expect(await guidelines.show('expected-child')).toEqual(guidelineBefore);
    expect(await t.runId('expected-child')).toBe(runBefore);
  });

  test.each([
    [
      'an adoption of a guideline already in force',
      { outcome: 'endorse', action: 'adopt', itemId: 'expected-child', validFrom: '2035-01-01', validUntil: '2036-12-31' },
      /^status: the guideline is in-force; only a draft/,
    ],
    [
      'an extension of a dialogue item with no guideline',
      { outcome: 'endorse', action: 'extend', itemId: 'pfik', validUntil: '2036-12-31' },
      /^action: only a guideline can be extended/,
    ],
    [
      'a recommendation to the principals by VVG',
      {
        outcome: 'recommend-principals',
        itemId: 'pfik',
        decideBy: '2035-03-29',
        principals: resolveRecipients([{ group: 'principals' }], organisations, contacts),
      },
      /^outcome: only SRO recommends the principals$/,
    ],
    ['an unknown outcome', { outcome: 'postpone', itemId: 'pfik' }, /^outcome: Invalid discriminator value\. Expected 'endorse' \| 'note'/],
    [
      'an extension date that does not exist',
      { outcome: 'endorse', action: 'extend', itemId: 'expected-child', validUntil: '2036-02-30' },
      /^validUntil: must be an existing calendar date/,
    ],
  ])('%s is refused', async (_name, decision, message) => {
    expect(await refusal(decide(decision))).toMatch(message);
  });

  test('a second decision on an item is refused', async () => {
    await decide({ outcome: 'endorse', action: 'approve', itemId: 'pfik' })();
    expect((await agenda()).items.find((i) => i.itemId === 'pfik')?.decision?.effects).toEqual({ placedOn: SRO_JANUARY });
    expect(await refusal(decide({ outcome: 'note', itemId: 'pfik' }))).toBe("itemId: 'pfik' already has a decision");
  });
});

describe("the principals' tracking", () => {
  const TRACKING = principalsWorkflowId('SRO', '2035-01-19', 'pfik');
  const principals = resolveRecipients([{ group: 'principals' }], organisations, contacts);
  const record = (input: unknown) => handle(TRACKING).executeUpdate(recordPrincipalDecisionUpdate, { args: [input as never] });

  beforeAll(async () => {
    await t.skipTo('2035-01-19', '14:00');
    await decide({ outcome: 'recommend-principals', itemId: 'pfik', decideBy: '2035-03-29', principals }, SRO_JANUARY)();
  });

  test.each([
    [
      'an organisation that is not a principal',
      { organisationId: 'vastkom', decision: 'adopted', decidedOn: '2035-01-19' },
      "organisationId: 'vastkom' is not one of the principals",
    ],
    [
      'a decision dated in the future',
      { organisationId: 'kommun-boras', decision: 'adopted', decidedOn: '2035-02-01' },
      'decidedOn: cannot be in the future',
    ],
    ['an unknown decision', { organisationId: 'kommun-boras', decision: 'maybe', decidedOn: '2035-01-19' }, /^decision: /],
  ])('%s is refused', async (_name, input, message) => {
    const before = await handle(TRACKING).query(principalProgressQuery);
    const err = await record(input).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((err as WorkflowUpdateFailedError).cause!.message).toMatch(message);
    expect(await handle(TRACKING).query(principalProgressQuery)).toEqual(before);
  });
});

describe('a retried delivery', () => {
  test('a decision delivered again by a retried activity is taken once, after the guideline has moved on', async () => {
    const { applyGuidelineDecision } = meetingDeliveryActivities(t.env.client, TASK_QUEUE, scenarioBodies);
    const request = {
      guidelineId: 'expected-child',
      updateId: 'meeting/VVG/2035-02-09|retried',
      update: 'extendValidity' as const,
      payload: { validUntil: '2037-12-31', note: 'Förlängs', decisionRef: 'VVG 2035-02-09 retried' },
    };
    const run = await t.runId('expected-child');
    expect(await applyGuidelineDecision(request)).toMatchObject({ validUntil: '2037-12-31' });
    await t.untilNewRun('expected-child', run);
    expect(await applyGuidelineDecision(request)).toEqual({ status: 'in-force', validUntil: '2037-12-31' });
    expect((await guidelines.show('expected-child')).extensions.filter((e) => e.decisionRef === 'VVG 2035-02-09 retried')).toHaveLength(1);
  });
});
