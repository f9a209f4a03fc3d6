import { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { GuidelineClient } from '../../client/guidelines';
import { stockholmInstant } from '../../domain/calendar/dates';
import { resolveRecipients } from '../../domain/directory/recipients';
import { meetingWorkflowId, principalsWorkflowId } from '../../domain/ids';
import type { Decision } from '../../domain/meeting/decision';
import { addItemUpdate, meetingAgendaQuery, recordDecisionUpdate, submitDocumentsUpdate } from '../../workflows/meeting/api';
import { principalProgressQuery, recordPrincipalDecisionUpdate } from '../../workflows/meeting/principalsApi';
import { contacts, organisations } from '../support/directories';
import { guideline } from '../support/guidelines';
import { LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { item, presenter, scenarioBodies, startMeeting } from '../support/meetings';

let bundle: WorkflowBundleWithSourceMap;
let t: LifecycleEnvironment;
let guidelines: GuidelineClient;

beforeAll(async () => {
  bundle = await LifecycleEnvironment.bundle();
});

beforeEach(async () => {
  t = await LifecycleEnvironment.start(bundle, undefined, scenarioBodies);
  guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
});

afterEach(async () => {
  await t.stop();
});

const VVG_DECEMBER = meetingWorkflowId('VVG', '2034-12-15');
const meetingHandle = (id: string) => t.env.client.workflow.getHandle(id);
const at8 = (date: string) => stockholmInstant(date, '08:00');

const malin = presenter('Malin Svärd', 'malin.sward@vastkom.example', 'vastkom');
const angela = presenter('Angela Olausson', 'angela.olausson@vastkom.example', 'vastkom');
const per = presenter('Per Beckman', 'per.beckman@vgregion.example', 'vgr');
const karin = presenter('Karin Looström', 'karin.loostrom@vgregion.example', 'vgr');
const annSofie = presenter('Ann-Sofie Rundberg', 'ann-sofie.rundberg@vgregion.example', 'vgr');
const susanne = presenter('Susanne Lidén', 'susanne.liden@vgregion.example', 'vgr');

/** Who got a mail of this template from a workflow, per date it was due. */
function mailed(workflowId: string, template: string): Record<string, string[]> {
  const byDue: Record<string, string[]> = {};
  for (const m of t.ledger.mails(workflowId).filter((row) => row.template === template)) (byDue[m.due_at] ??= []).push(m.recipient);
  for (const list of Object.values(byDue)) list.sort();
  return byDue;
}

const decide = (meetingId: string, decision: Decision) =>
  meetingHandle(meetingId).executeUpdate(recordDecisionUpdate, { args: [decision] });
const submit = (itemId: string) =>
  meetingHandle(VVG_DECEMBER).executeUpdate(submitDocumentsUpdate, {
    args: [{ itemId, documents: [{ title: `Underlag ${itemId}`, link: `https://samverkan.example/${itemId}.pdf` }] }],
  });

// The time-skipping server's clock only moves forward from the real now, so VVG's meeting of 15 December 2023
// runs here eleven years on, on the same weekdays: the extensions to 2025-12-31 and 2026-12-31 become 2036 and 2037.
test('scenario: december 2023 meeting', async () => {
  await t.skipTo('2034-10-02');
  await guidelines.register(
    guideline({
      id: 'expected-child',
      title: 'Läns gemensam riktlinje vid oro för väntat barn',
      validFrom: '2032-01-01',
      validUntil: '2034-12-31',
    }),
  );
  await guidelines.register(
    guideline({
      id: 'accompanying-staff',
      title: 'Riktlinje medföljande personal till sjukhus',
      validFrom: '2031-01-01',
      validUntil: '2034-12-31',
      version: '1',
    }),
  );

  await startMeeting(t.env.client, 'VVG', '2034-12-15');
  const add = (input: Parameters<typeof item>[0]) => meetingHandle(VVG_DECEMBER).executeUpdate(addItemUpdate, { args: [item(input)] });
  await add({
    itemId: 'expected-child',
    title: 'Förlängning av riktlinje vid oro för väntat barn',
    subject: { type: 'guideline', id: 'expected-child' },
    presenter: malin,
  });
  await add({
    itemId: 'accompanying-staff',
    title: 'Förlängning med redaktionella ändringar: medföljande personal',
    subject: { type: 'guideline', id: 'accompanying-staff' },
    presenter: angela,
    minutes: 15,
  });
  await add({ itemId: 'pfik', title: 'Samverkansdialog PFIK', kind: 'dialogue', presenter: per, minutes: 20 });
  await add({
    itemId: 'near-care-committee',
    title: 'Ny beredning för nära vård',
    kind: 'information',
    presenter: karin,
    minutes: 15,
    documentsExpected: false,
  });
  await add({
    itemId: 'lss-commission',
    title: 'Uppdragshandling: hälso- och sjukvård vid korttidsvistelse enligt LSS',
    subject: { type: 'commission', id: 'lss-short-stays' },
    presenter: annSofie,
    minutes: 20,
    needsSro: true,
  });
  await add({
    itemId: 'direct-admission',
    title: 'Direktinläggning inom kommunal hälso- och sjukvård',
    kind: 'dialogue',
    presenter: susanne,
    documentsExpected: false,
  });

  const agenda = await meetingHandle(VVG_DECEMBER).query(meetingAgendaQuery);
  expect(agenda.schedule).toMatchObject({ documentDeadline: '2034-11-24', agendaPublishedOn: '2034-11-27' });
  expect(agenda.schedule.presenterReminders.map((r) => r.date)).toEqual(['2034-11-17', '2034-11-22']);

  // Malin and Ann-Sofie hand in early, Angela between the two reminders, Per never.
  await t.skipTo('2034-11-10');
  await submit('expected-child');
  await submit('lss-commission');
  await t.skipTo('2034-11-20');
  await submit('accompanying-staff');
  await t.skipTo('2034-11-28');

  expect(mailed(VVG_DECEMBER, 'document-reminder')).toEqual({
    [at8('2034-11-17')]: [angela.email, per.email].sort(),
    [at8('2034-11-22')]: [per.email],
  });
  const members = scenarioBodies.bodies
    .find((b) => b.id === 'VVG')!
    .members.map((m) => m.email)
    .sort();
  expect(mailed(VVG_DECEMBER, 'agenda-published')).toEqual({ [at8('2034-11-27')]: members });
  expect(mailed(VVG_DECEMBER, 'documents-missing')).toEqual({ [at8('2034-11-27')]: ['vvg-sekreterare@example.se'] });
  expect((await meetingHandle(VVG_DECEMBER).query(meetingAgendaQuery)).documentsMissing).toEqual(['pfik']);

  // The meeting.
  await t.skipTo('2034-12-15', '10:00');
  const [childRun, staffRun] = [await t.runId('expected-child'), await t.runId('accompanying-staff')];
  await decide(VVG_DECEMBER, {
    outcome: 'endorse',
    action: 'extend',
    itemId: 'expected-child',
    validUntil: '2036-12-31',
    text: 'Förlängs inför kommande revidering.',
  });
  await decide(VVG_DECEMBER, {
    outcome: 'endorse',
    action: 'extend',
    itemId: 'accompanying-staff',
    validUntil: '2037-12-31',
    editorialChanges: 'Hänvisningen till timtaxan uppdaterad; ersättningen räknas upp årligen efter omsorgsprisindex.',
    version: '2',
  });
  await decide(VVG_DECEMBER, { outcome: 'note', itemId: 'pfik' });
  await decide(VVG_DECEMBER, { outcome: 'note', itemId: 'near-care-committee' });
  const forwarded = await decide(VVG_DECEMBER, { outcome: 'endorse', action: 'approve', itemId: 'lss-commission' });
  const sentBack = await decide(VVG_DECEMBER, {
    outcome: 'send-back',
    itemId: 'direct-admission',
    toMeeting: '2035-02-09',
    reason: 'Frågan utgår från dagens möte och återkommer.',
  });
  expect(forwarded.effects).toEqual({ placedOn: meetingWorkflowId('SRO', '2035-01-19') });
  expect(sentBack.effects).toEqual({ placedOn: meetingWorkflowId('VVG', '2035-02-09') });

  // Both guidelines start their new period with reminders before the new end, and none before the old one.
  await t.untilNewRun('expected-child', childRun);
  await t.untilNewRun('accompanying-staff', staffRun);
  const child = await guidelines.show('expected-child');
  expect(child).toMatchObject({ status: 'in-force', period: 2, guideline: { validUntil: '2036-12-31' } });
  expect(child.upcomingReminders.map((r) => r.date)).toEqual(['2036-06-30', '2036-10-02', '2036-12-01']);
  expect(child.extensions).toEqual([
    expect.objectContaining({ previousUntil: '2034-12-31', validUntil: '2036-12-31', decisionRef: 'VVG 2034-12-15 expected-child' }),
  ]);
  const staff = await guidelines.show('accompanying-staff');
  expect(staff).toMatchObject({ status: 'in-force', guideline: { validUntil: '2037-12-31', version: '2' } });
  expect(staff.upcomingReminders.map((r) => r.date)).toEqual(['2037-06-30', '2037-10-02', '2037-12-01']);
  expect(staff.extensions[0].editorialChanges).toMatch(/timtaxan/);

  expect((await meetingHandle(VVG_DECEMBER).query(meetingAgendaQuery)).status).toBe('closed');
  const february = await meetingHandle(meetingWorkflowId('VVG', '2035-02-09')).query(meetingAgendaQuery);
  expect(february.items).toEqual([
    expect.objectContaining({ itemId: 'direct-admission', origin: { meetingId: VVG_DECEMBER, reason: 'sent-back' } }),
  ]);

  // The turn of the year passes without an expiry; the reminders sent were only those before the meeting, and the
  // extension moved the last day of validity in the calendars of those the reminder had given it to.
  await t.skipTo('2035-01-19', '14:00');
  for (const id of ['expected-child', 'accompanying-staff']) {
    expect((await guidelines.show(id)).status).toBe('in-force');
    expect(t.ledger.mails(`guideline/${id}`).map((m) => [m.template, m.due_at.slice(0, 10)])).toEqual([
      ['expiry-reminder', '2034-12-01'],
      ['validity-extended', '2034-12-15'],
    ]);
  }

  // SRO decides on the commission VVG endorsed, and recommends the 50 principals to adopt it.
  const SRO_JANUARY = meetingWorkflowId('SRO', '2035-01-19');
  const sro = await meetingHandle(SRO_JANUARY).query(meetingAgendaQuery);
  expect(sro.items).toEqual([
    expect.objectContaining({ itemId: 'lss-commission', origin: { meetingId: VVG_DECEMBER, reason: 'forwarded' } }),
  ]);
  const principals = resolveRecipients([{ group: 'principals' }], organisations, contacts);
  const recommended = await decide(SRO_JANUARY, {
    outcome: 'recommend-principals',
    itemId: 'lss-commission',
    decideBy: '2035-03-29',
    principals,
  });
  const trackingId = principalsWorkflowId('SRO', '2035-01-19', 'lss-commission');
  expect(recommended).toMatchObject({ principals: 50, effects: { trackingWorkflowId: trackingId } });

  const tracking = meetingHandle(trackingId);
  const silent = ['kommun-boras', 'kommun-dals-ed', 'kommun-tjorn', 'kommun-grastorp', 'vgr'];
  const deciding = principals.filter((p) => !silent.includes(p.organisationId));
  await t.skipTo('2035-03-01');
  for (const p of deciding) {
    await tracking.executeUpdate(recordPrincipalDecisionUpdate, {
      args: [{ organisationId: p.organisationId, decision: 'adopted', decidedOn: '2035-02-27' }],
    });
  }
  await t.skipTo('2035-03-30', '12:00');
  const progress = await tracking.query(principalProgressQuery);
  expect(progress.progress).toMatchObject({ total: 50, decided: 45, adopted: 45 });
  expect(progress.progress.notDecided.map((p) => p.organisationId).sort()).toEqual([...silent].sort());
  const silentEmails = principals
    .filter((p) => silent.includes(p.organisationId))
    .flatMap((p) => p.contacts.map((c) => c.email))
    .sort();
  expect(mailed(trackingId, 'principal-reminder')).toEqual({ [at8('2035-03-30')]: silentEmails });
  expect(mailed(trackingId, 'principal-summary')).toEqual({ [at8('2035-03-30')]: ['sro-sekreterare@example.se'] });
});
