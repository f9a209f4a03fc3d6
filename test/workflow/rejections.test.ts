import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { GuidelineClient } from '../../client/guidelines';
import { Failure } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';
import { guidelineWorkflowId } from '../../domain/ids';
import { adoptUpdate, extendValidityUpdate } from '../../workflows/guideline/api';
import { organisations } from '../support/directories';
import { LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { draftGuideline, guideline, owner } from '../support/guidelines';

let t: LifecycleEnvironment;
let guidelines: GuidelineClient;
let bundle: WorkflowBundleWithSourceMap;

beforeAll(async () => {
  bundle = await LifecycleEnvironment.bundle();
  t = await LifecycleEnvironment.start(bundle);
  guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
  await t.skipTo('2030-01-07', '10:00');
});

afterAll(async () => {
  await t.stop();
});

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as Error).message;
  }
  throw new Error('expected a rejection');
}

async function expectNotRegistered(id: string) {
  expect(await rejection(guidelines.show(id))).toBe(`guidelineId: no guideline '${id}'`);
}

describe('registration rejects bad input and starts nothing', () => {
  test.each([
    ['end before start', { validFrom: '2030-06-01', validUntil: '2030-05-31' }, /^validUntil: must be after validFrom$/],
    ['a date that does not exist', { validUntil: '2026-02-30' }, /^validUntil: must be an existing calendar date/],
    ['a malformed e-mail', { owner: { ...owner, email: 'anna.andersson(at)vgregion' } }, /^owner\.email: must be an e-mail address$/],
    [
      'an unknown organisation',
      { owner: { ...owner, organisationId: 'kommun-atlantis' } },
      /^owner\.organisationId: unknown organisation 'kommun-atlantis'$/,
    ],
    ['an unknown kind', { kind: 'memo' as never }, /^kind: /],
  ])('%s', async (_name, overrides, message) => {
    const id = `bad-${_name.replace(/\W+/g, '-')}`;
    expect(await rejection(guidelines.register(guideline({ id, ...overrides })))).toMatch(message);
    await expectNotRegistered(id);
  });
});

describe('updates reject bad input and change nothing', () => {
  beforeAll(async () => {
    await guidelines.register(guideline({ id: 'in-force', validUntil: '2030-12-31' }));
    await guidelines.register(guideline({ id: 'retired', validUntil: '2030-12-31' }));
    await guidelines.retire('retired', { reason: 'Ersatt' });
  });

  test.each([
    [
      'an extension ending before the current end',
      'in-force',
      { validUntil: '2030-06-30' },
      /^validUntil: must be after the current end of validity 2030-12-31$/,
    ],
    [
      'an extension to a date that does not exist',
      'in-force',
      { validUntil: '2031-02-30' },
      /^validUntil: must be an existing calendar date/,
    ],
    ['an extension with no decision reference', 'in-force', { validUntil: '2031-12-31', decisionRef: '' }, /^decisionRef: is required/],
    ['extending a retired guideline', 'retired', {}, /^status: the guideline is retired and cannot be extended$/],
  ])('%s', async (_name, id, overrides, message) => {
    const before = await guidelines.show(id);
    const request = { validUntil: '2031-12-31', note: 'Förlängs', decisionRef: 'VVG §1', ...overrides };
    expect(await rejection(guidelines.extend(id, request))).toMatch(message);
    expect(await guidelines.show(id)).toEqual(before);
  });

  test('an unknown guideline id', async () => {
    expect(await rejection(guidelines.extend('no-such-guideline', { validUntil: '2031-12-31', note: 'x', decisionRef: 'y' }))).toBe(
      "guidelineId: no guideline 'no-such-guideline'",
    );
    expect(await rejection(guidelines.retire('no-such-guideline', { reason: 'x' }))).toBe("guidelineId: no guideline 'no-such-guideline'");
  });

  test('the client says why by type: the input, the state, or nothing there', async () => {
    const typeOf = (promise: Promise<unknown>) =>
      promise.then(
        () => undefined,
        (err: unknown) => (err instanceof ValidationError ? err.type : err),
      );
    expect(await typeOf(guidelines.extend('in-force', { validUntil: '2031-02-30', note: 'x', decisionRef: 'y' }))).toBe(
      Failure.InvalidInput,
    );
    expect(await typeOf(guidelines.retire('retired', { reason: 'Igen' }))).toBe(Failure.WrongState);
    expect(await typeOf(guidelines.register(guideline({ id: 'in-force' })))).toBe(Failure.WrongState);
    expect(await typeOf(guidelines.show('no-such-guideline'))).toBe(Failure.NotFound);
  });

  test('retiring twice', async () => {
    expect(await rejection(guidelines.retire('retired', { reason: 'Igen' }))).toBe('status: the guideline is already retired');
  });

  test('the workflow validator itself refuses what bypasses the client, before it enters history', async () => {
    const handle = t.env.client.workflow.getHandle(guidelineWorkflowId('in-force'));
    const before = await guidelines.show('in-force');
    const accepted = async () =>
      (await handle.fetchHistory()).events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;
    const acceptedBefore = await accepted();
    for (const [bad, type] of [
      [{ validUntil: '2030-06-30', note: 'Kortare', decisionRef: 'VVG §2' }, Failure.WrongState],
      [{ validUntil: '2031-02-30', note: 'Fel datum', decisionRef: 'VVG §3' }, Failure.InvalidInput],
      [{ validUntil: '2031-12-31' }, Failure.InvalidInput],
    ] as const) {
      const err = await handle.executeUpdate(extendValidityUpdate, { args: [bad as never] }).catch((e) => e);
      expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
      expect(err.cause.message).toMatch(/^(validUntil|note|decisionRef): /);
      expect(err.cause.type).toBe(type);
    }
    expect(await guidelines.show('in-force')).toEqual(before);
    expect(await accepted()).toBe(acceptedBefore);
  });

  test("each phase refuses the other's acts with the domain's reason", async () => {
    await guidelines.register(draftGuideline({ id: 'a-draft' }));
    const refusal = (err: unknown) => {
      expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
      const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
      return { type: cause instanceof ApplicationFailure ? cause.type : undefined, message: cause?.message };
    };
    const draft = t.env.client.workflow.getHandle(guidelineWorkflowId('a-draft'));
    const extension = { validUntil: '2031-12-31', note: 'Förlängs', decisionRef: 'VVG §1' };
    expect(refusal(await draft.executeUpdate(extendValidityUpdate, { args: [extension] }).catch((e) => e))).toEqual({
      type: Failure.WrongState,
      message: 'status: the guideline is draft; adopt it before extending it',
    });
    const inForce = t.env.client.workflow.getHandle(guidelineWorkflowId('in-force'));
    const adoption = { validFrom: '2031-01-01', validUntil: '2032-12-31', decisionRef: 'VVG §2' };
    expect(refusal(await inForce.executeUpdate(adoptUpdate, { args: [adoption] }).catch((e) => e))).toEqual({
      type: Failure.WrongState,
      message: 'status: the guideline is in-force; only a draft or a guideline awaiting a decision can be adopted',
    });
  });
});
