import { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { findSubject, subjectsWhere, upcomingMailWhere } from '../../activities/store/readModel';
import { ConsultationClient } from '../../client/consultations';
import { GuidelineClient } from '../../client/guidelines';
import { stockholmInstant } from '../../domain/calendar/dates';
import { consultationWorkflowId, guidelineWorkflowId } from '../../domain/ids';
import type { ConsultationView } from '../../workflows/consultation/api';
import type { GuidelineView } from '../../workflows/guideline/api';
import { bodies, LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { contacts, organisations } from '../support/directories';
import { draftGuideline, englishSubscriber, guideline, owner } from '../support/guidelines';

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
  await t.skipTo('2030-01-07');
});

afterEach(async () => {
  await t.stop();
});

const at8 = (date: string) => stockholmInstant(date, '08:00');
const secretary = bodies.bodies.find((b) => b.id === 'VVG')!.secretary;
const mailAhead = async (workflowId: string) =>
  (await upcomingMailWhere(t.store, { from: '2000-01-01', until: '2200-01-01', workflowId }).execute()).map((m) => [
    m.at,
    m.purpose,
    m.email,
  ]);

test('a guideline in force is in the read model as it is registered, with every reminder to come and its recipients', async () => {
  await guidelines.register(guideline({ subscribers: [englishSubscriber] }));
  // Its first row is written once the workflow has recorded its registration, right after it starts.
  await t.until(async () => (await findSubject(t.store, guidelineWorkflowId('expected-child'))) !== undefined);
  const subject = await findSubject<GuidelineView>(t.store, guidelineWorkflowId('expected-child'));
  expect(subject).toMatchObject({
    kind: 'guideline',
    guidelineId: 'expected-child',
    title: 'Riktlinje vid oro för ett väntat barn',
    status: 'in-force',
    body: 'VVG',
    guidelineKind: 'guideline',
    dueOn: '2030-12-31',
  });
  expect(subject?.view.upcomingReminders.map((r) => r.date)).toEqual(['2030-06-28', '2030-10-02', '2030-11-29']);
  const holders = [owner.email, englishSubscriber.email];
  expect(await mailAhead(guidelineWorkflowId('expected-child'))).toEqual([
    ...['2030-06-28', '2030-10-02', '2030-11-29'].flatMap((d) => holders.map((email) => [at8(d), 'expiry-reminder', email])),
    // The secretary's notice if nothing is decided: the first business morning after the last valid day.
    [at8('2031-01-02'), 'guideline-expired', secretary.email.toLowerCase()],
  ]);

  // A reminder sent leaves the mail to come; an extension moves the rest to the new end.
  await t.skipTo('2030-07-01');
  expect((await mailAhead(guidelineWorkflowId('expected-child'))).map(([at]) => at)).not.toContain(at8('2030-06-28'));
  await guidelines.extend('expected-child', { validUntil: '2031-12-31', note: 'Förlängs', decisionRef: 'VVG §1' });
  await t.until(async () => (await findSubject(t.store, guidelineWorkflowId('expected-child')))?.dueOn === '2031-12-31');
  const extended = await mailAhead(guidelineWorkflowId('expected-child'));
  expect(extended.at(-1)).toEqual([at8('2032-01-02'), 'guideline-expired', secretary.email.toLowerCase()]);
  expect(extended.map(([at]) => at)).not.toContain(at8('2030-10-02'));
});

test('a round is in the read model the moment its Updates return: who has answered, and reminders only to the silent', async () => {
  await guidelines.register(draftGuideline({ id: 'consent', title: 'Riktlinje för samtycke' }));
  await consultations.start('consent', {
    document: { title: 'Riktlinje för samtycke', version: 'remissversion 1', link: 'https://samverkan.example/samtycke.pdf' },
    recipientGroups: [{ group: 'organisations', organisationIds: ['kommun-ale', 'kommun-boras', 'vgr-habilitering-halsa'] }],
    opensOn: '2030-02-03',
    deadline: '2030-04-30',
    processOwner: owner,
  });
  const roundId = consultationWorkflowId('consent', 1);
  await t.until(async () => (await findSubject(t.store, roundId)) !== undefined);
  const draft = await findSubject<GuidelineView>(t.store, guidelineWorkflowId('consent'));
  expect(draft).toMatchObject({ status: 'in-consultation', dueOn: undefined });
  expect(await mailAhead(guidelineWorkflowId('consent'))).toEqual(
    expect.arrayContaining([[at8('2030-02-03'), 'consultation-invitation', expect.any(String)]]),
  );

  await t.skipTo('2030-02-10');
  await consultations.recordResponse('consent', 1, { organisationId: 'kommun-ale', kind: 'no-comments', receivedOn: '2030-02-10' });
  const round = await findSubject<ConsultationView>(t.store, roundId);
  expect(round).toMatchObject({ kind: 'consultation', guidelineId: 'consent', status: 'open', dueOn: '2030-04-30' });
  expect(round?.view.progress).toMatchObject({ total: 3, answered: 1 });
  const reminded = (await mailAhead(roundId)).filter(([, purpose]) => purpose === 'consultation-reminder');
  const aleContacts = contacts.contacts.filter((c) => c.organisationId === 'kommun-ale').map((c) => c.email.toLowerCase());
  expect(reminded.length).toBeGreaterThan(0);
  expect(reminded.map(([, , email]) => email)).not.toEqual(expect.arrayContaining(aleContacts));
  expect(await mailAhead(roundId)).toContainEqual([at8('2030-05-02'), 'consultation-summary', owner.email]);

  const open = await subjectsWhere(t.store, { kind: 'consultation', status: ['open'], dueUntil: '2030-05-31' }).execute();
  expect(open.map((s) => s.workflow_id)).toEqual([roundId]);
});
