import { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { ConsultationClient } from '../../client/consultations';
import { GuidelineClient } from '../../client/guidelines';
import { stockholmInstant } from '../../domain/calendar/dates';
import { ValidationError } from '../../domain/validation';
import { consultationWorkflowId } from '../../domain/ids';
import { recordResponseUpdate } from '../../workflows/consultation/api';
import { bodies, LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { contacts, organisations } from '../support/directories';
import { draftGuideline, owner } from '../support/guidelines';

const invited = organisations.organisations.filter((o) => o.kind === 'municipality' || o.kind === 'regional-administration');
const emailOf = new Map(contacts.contacts.map((c) => [c.email, c.organisationId]));

let bundle: WorkflowBundleWithSourceMap;
let t: LifecycleEnvironment;
let guidelines: GuidelineClient;
let consultations: ConsultationClient;

beforeAll(async () => {
  bundle = await LifecycleEnvironment.bundle();
});

beforeEach(async () => {
  t = await LifecycleEnvironment.start(bundle);
  guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
  consultations = new ConsultationClient(t.env.client, guidelines, organisations, contacts, bodies);
  await t.skipTo('2030-10-01');
  await guidelines.register(draftGuideline({ id: 'consent', title: 'Riktlinje för samtycke' }));
});

afterEach(async () => {
  await t.stop();
});

const request = (overrides: Record<string, unknown> = {}) => ({
  document: { title: 'Riktlinje för samtycke', version: 'remissversion 1', link: 'https://samverkan.example/samtycke-v1.pdf' },
  recipientGroups: [{ group: 'all-municipalities' }, { group: 'regional-administrations' }],
  opensOn: '2030-11-04',
  deadline: '2031-02-28',
  processOwner: owner,
  ...overrides,
});

const roundId = consultationWorkflowId('consent', 1);
/** Organisations that got a mail of this template, per instant it was due. */
function mailed(template: string): Record<string, string[]> {
  const byDue: Record<string, string[]> = {};
  for (const m of t.ledger.mails(roundId).filter((row) => row.template === template)) {
    (byDue[m.due_at] ??= []).push(emailOf.get(m.recipient) ?? m.recipient);
  }
  for (const ids of Object.values(byDue)) ids.sort();
  return byDue;
}
const sorted = (ids: string[]) => [...ids].sort();
const at8 = (date: string) => stockholmInstant(date, '08:00');

// The time-skipping server's clock only moves forward from the real now, so the sources' round
// (2025-11-03 to 2026-02-27, extended to 2026-03-13) runs here on the same weekdays five years on.
test('scenario: consent guideline consultation round', async () => {
  const started = await consultations.start('consent', request());
  expect(started.round.recipients).toHaveLength(57);
  expect(started.round.upcomingReminders.map((r) => r.date)).toEqual(['2031-01-17', '2031-02-10', '2031-02-25']);
  expect((await guidelines.show('consent')).status).toBe('in-consultation');

  const ids = invited.map((o) => o.id);
  const silent = ids.filter((_, i) => i % 3 === 2 && i < 51); // 17 never answer
  const answering = ids.filter((id) => !silent.includes(id));
  const [early, middle, late] = [answering.slice(0, 15), answering.slice(15, 30), answering.slice(30, 40)];
  const lateComer = late[9];
  const answer = (organisationId: string, receivedOn: string, kind = 'no-comments') =>
    consultations.recordResponse('consent', 1, { organisationId, kind, receivedOn });

  await t.skipTo('2030-12-10');
  expect(Object.keys(mailed('consultation-invitation'))).toEqual([expect.stringMatching(/^2030-11-04T07:00/)]);
  expect(Object.values(mailed('consultation-invitation'))[0]).toEqual(sorted(ids));
  for (const id of early) await answer(id, '2030-12-10');

  await t.skipTo('2031-01-05');
  // A second answer from the same organisation replaces the first; both stay in the ledger.
  await answer(early[0], '2031-01-05', 'comments');

  await t.skipTo('2031-01-28');
  for (const id of middle) await answer(id, '2031-01-28');

  await t.skipTo('2031-02-12');
  await consultations.extendDeadline('consent', 1, {
    deadline: '2031-03-14',
    reason: 'Fler kommuner behöver behandla förslaget politiskt',
  });
  expect((await consultations.progress('consent', 1)).upcomingReminders.map((r) => r.date)).toEqual(['2031-02-24', '2031-03-11']);

  await t.skipTo('2031-02-18');
  for (const id of late.slice(0, 9)) await answer(id, '2031-02-18');

  await t.skipTo('2031-03-16');
  const notYet = sorted([...silent, lateComer]);
  expect(mailed('consultation-reminder')).toEqual({
    [at8('2031-01-17')]: sorted(ids.filter((id) => !early.includes(id))),
    [at8('2031-02-10')]: sorted(ids.filter((id) => !early.includes(id) && !middle.includes(id))),
    [at8('2031-02-24')]: notYet,
    [at8('2031-03-11')]: notYet,
  });
  expect(Object.values(mailed('consultation-deadline-extended'))).toEqual([
    sorted(ids.filter((id) => !early.includes(id) && !middle.includes(id))),
  ]);

  const atDeadline = await consultations.progress('consent', 1);
  expect(atDeadline.status).toBe('deadline-passed');
  expect(sorted(atDeadline.progress.notAnswered.map((o) => o.organisationId))).toEqual(notYet);
  const summaryOutcome = t.ledger.outcomes('consent').find((o) => o.kind === 'consultation-deadline-passed')!;
  expect(summaryOutcome.occurred_at.slice(0, 16)).toBe(stockholmInstant('2031-03-15').slice(0, 16));
  // The deadline passed at midnight before Saturday; the owner's summary waits for Monday morning.
  expect(mailed('consultation-summary')).toEqual({});

  await t.skipTo('2031-03-17');
  expect(mailed('consultation-summary')).toEqual({ [at8('2031-03-17')]: [owner.email] });
  expect(await answer(lateComer, '2031-03-17', 'comments')).toEqual({
    organisationId: lateComer,
    late: true,
    replaced: false,
    answered: 40,
    total: 57,
  });
  const afterLate = await consultations.progress('consent', 1);
  expect(afterLate.responses[lateComer].late).toBe(true);
  expect(afterLate.progress).toMatchObject({ total: 57, answered: 40, late: 1 });
  expect(afterLate.responses[early[0]].kind).toBe('comments');

  const closed = await consultations.close('consent', 1, { reason: 'Sammanställning till VVG i juni' });
  expect(closed.status).toBe('closed');
  await t.until(async () => (await guidelines.show('consent')).status === 'awaiting-decision');

  const outcomes = t.ledger.outcomes('consent');
  const responses = outcomes.filter((o) => o.kind === 'consultation-response').map((o) => JSON.parse(o.details).organisationId);
  expect(responses).toHaveLength(41); // 40 organisations, one of them twice
  expect(responses.filter((id) => id === early[0])).toHaveLength(2);
  const final = JSON.parse(outcomes.find((o) => o.kind === 'consultation-closed')!.details);
  expect(sorted(final.progress.notAnswered.map((o: { organisationId: string }) => o.organisationId))).toEqual(sorted(silent));
});

describe('bad input is refused and changes nothing', () => {
  async function rejection(promise: Promise<unknown>): Promise<string> {
    const err = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ValidationError);
    return (err as Error).message;
  }

  test('an unknown organisation, and a deadline before the opening, start no round', async () => {
    const unknown = request({ recipientGroups: [{ group: 'organisations', organisationIds: ['kommun-ale', 'kommun-atlantis'] }] });
    expect(await rejection(consultations.start('consent', unknown))).toBe(
      "recipientGroups.0.organisationIds.1: unknown organisation 'kommun-atlantis'",
    );
    expect(await rejection(consultations.start('consent', request({ deadline: '2030-11-01' })))).toBe('deadline: must be after opensOn');
    const view = await guidelines.show('consent');
    expect(view.status).toBe('draft');
    expect(view.consultationRounds).toEqual([]);
  });

  test('an extension to an earlier date, an answer from an organisation not invited, an answer to a closed round', async () => {
    await consultations.start('consent', request({ recipientGroups: [{ group: 'subregion-municipalities', subregion: 'simba' }] }));
    await t.skipTo('2030-11-05');
    const before = await consultations.progress('consent', 1);

    expect(await rejection(guidelines.retire('consent', { reason: 'Ersatt' }))).toBe(
      'status: a consultation round is open; close it before retiring the guideline',
    );

    expect(await rejection(consultations.extendDeadline('consent', 1, { deadline: '2031-02-27', reason: 'Kortare' }))).toBe(
      'deadline: must be after the current deadline 2031-02-28',
    );
    expect(
      await rejection(
        consultations.recordResponse('consent', 1, { organisationId: 'kommun-boras', kind: 'comments', receivedOn: '2030-11-05' }),
      ),
    ).toBe("organisationId: 'kommun-boras' was not invited to this round");
    expect(
      await rejection(
        consultations.recordResponse('consent', 1, { organisationId: 'kommun-ale', kind: 'comments', receivedOn: '2030-11-30' }),
      ),
    ).toBe('receivedOn: cannot be in the future');
    // The workflow's own validator, reached without the client, refuses the same.
    const raw = await t.env.client.workflow
      .getHandle(roundId)
      .executeUpdate(recordResponseUpdate, { args: [{ organisationId: 'kommun-boras', kind: 'comments', receivedOn: '2030-11-05' }] })
      .catch((e) => e);
    expect(raw.cause.message).toBe("organisationId: 'kommun-boras' was not invited to this round");
    expect(await consultations.progress('consent', 1)).toEqual(before);

    await consultations.close('consent', 1, {});
    expect(
      await rejection(
        consultations.recordResponse('consent', 1, { organisationId: 'kommun-ale', kind: 'comments', receivedOn: '2030-11-05' }),
      ),
    ).toBe('round: round 1 of consent is closed');
    expect((await consultations.progress('consent', 1)).responses).toEqual({});
  });
});
