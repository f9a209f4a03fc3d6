import fs from 'node:fs';
import { FollowUpClient } from '../../client/followUps';
import { GuidelineClient } from '../../client/guidelines';
import { MeetingClient } from '../../client/meetings';
import type { BodyDirectory } from '../../domain/meeting/bodies';
import { stockholmInstant } from '../../domain/calendar/dates';
import { resolveRecipients } from '../../domain/directory/recipients';
import { followUpWorkflowId, implementationWorkflowId } from '../../domain/ids';
import { contacts, organisations } from '../support/directories';
import { guideline, owner } from '../support/guidelines';
import { bodies, LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { presenter } from '../support/meetings';

// 2052 has 2024's weekdays: the routine endorsed on Monday 10 June 2024 is endorsed here on Monday 10 June 2052.
const calendar: BodyDirectory = {
  ...bodies,
  bodies: bodies.bodies.map((b) => ({ ...b, meetings: b.id === 'VVG' ? ['2052-06-10', '2053-12-12', '2054-02-13'] : ['2052-09-13'] })),
};
const preparation = presenter('Beredningen VästKom', 'beredning@vastkom.example', 'vastkom');
const at8 = (date: string) => stockholmInstant(date, '08:00');

let t: LifecycleEnvironment;
let guidelines: GuidelineClient;
let meetings: MeetingClient;
let followUps: FollowUpClient;

beforeAll(async () => {
  t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle(), undefined, calendar);
  guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
  meetings = new MeetingClient(t.env.client, TASK_QUEUE, calendar, organisations, contacts);
  followUps = new FollowUpClient(t.env.client, calendar, organisations, contacts);
});

afterAll(async () => {
  await t.stop();
});

/** Organisations mailed with a template by a workflow, per instant due. */
function mailedOrganisations(workflowId: string, template: string): Record<string, string[]> {
  const orgOf = new Map(contacts.contacts.map((c) => [c.email, c.organisationId]));
  const byDue: Record<string, string[]> = {};
  for (const m of t.ledger.mails(workflowId).filter((r) => r.template === template))
    (byDue[m.due_at] ??= []).push(orgOf.get(m.recipient) ?? m.recipient);
  for (const list of Object.values(byDue)) list.sort();
  return byDue;
}

test('scenario: self-care guideline', async () => {
  await t.skipTo('2052-05-02');
  const {
    validFrom: _from,
    validUntil: _until,
    ...draft
  } = guideline({ id: 'self-care', kind: 'routine', title: 'Rutin för egenvård vid korttidsvistelse enligt LSS' });
  await guidelines.register({ ...draft, draft: true });
  await meetings.addItem('VVG', '2052-06-10', {
    itemId: 'self-care',
    title: 'Rutin för egenvård vid korttidsvistelse',
    kind: 'decision',
    subject: { type: 'guideline', id: 'self-care' },
    presenter: owner,
    minutes: 15,
    documentsExpected: false,
  });

  // Endorsed 10 June; to be fully implemented by the principals by 31 December.
  await t.skipTo('2052-06-10', '10:00');
  const run = await t.runId('self-care');
  await meetings.decide('VVG', '2052-06-10', {
    outcome: 'endorse',
    action: 'adopt',
    itemId: 'self-care',
    validFrom: '2052-06-10',
    validUntil: '2055-06-30',
  });
  await t.untilNewRun('self-care', run);
  expect((await guidelines.show('self-care')).status).toBe('in-force');
  await followUps.planImplementation('self-care', { deadline: '2052-12-31', implementers: 'principals', preparationGroup: [preparation] });
  const implementation = implementationWorkflowId('self-care', 1);
  // By New Year's Eve, a day off: as Swedish time limits are counted, the deadline in force is Thursday 2 January.
  const tracking = await followUps.implementation('self-care', 1);
  expect([tracking.deadline, tracking.deadlineInForce]).toEqual(['2052-12-31', '2053-01-02']);
  expect(tracking.upcomingReminders.map((r) => r.date)).toEqual(['2052-11-01', '2052-12-19']);

  const principals = resolveRecipients([{ group: 'principals' }], organisations, contacts).map((p) => p.organisationId);
  const [early, later, never] = [principals.slice(0, 40), principals.slice(40, 45), principals.slice(45)];
  await t.skipTo('2052-10-15');
  for (const organisationId of early) await followUps.confirmImplementation('self-care', 1, { organisationId, confirmedOn: '2052-10-15' });
  await t.skipTo('2052-11-20');
  for (const organisationId of later) await followUps.confirmImplementation('self-care', 1, { organisationId, confirmedOn: '2052-11-20' });

  // The first follow-up, in January, to the six sub-regions: planned from the adoption, seven months on.
  const planned = await followUps.planFollowUp('self-care', {
    title: 'Första uppföljning av egenvårdsrutinen',
    afterAdoption: { months: 7 },
    preparationGroup: [preparation],
  });
  expect(planned.followUps).toEqual([expect.objectContaining({ opensOn: '2053-01-10', closesOn: '2053-01-31' })]);
  await t.skipTo('2053-01-02');
  expect(mailedOrganisations(implementation, 'implementation-reminder')).toEqual({
    [at8('2052-11-01')]: [...later, ...never].sort(),
    [at8('2052-12-19')]: [...never].sort(),
  });

  const first = followUpWorkflowId('self-care', 1);
  await t.skipTo('2053-01-14');
  // The report follows the deadline in force, on the next business morning.
  const report = t.ledger.mails(implementation).filter((m) => m.template === 'implementation-report');
  expect(report.map((m) => m.recipient).sort()).toEqual([owner.email, preparation.email].sort());
  expect(report.every((m) => m.due_at === at8('2053-01-03'))).toBe(true);
  expect(report[0].subject).toBe('Införande av Rutin för egenvård vid korttidsvistelse enligt LSS: 45 av 50 har bekräftat');
  expect(Object.keys(mailedOrganisations(first, 'survey-invitation'))).toEqual([at8('2053-01-10')]);
  const subregions = (await followUps.survey('self-care', 1)).progress.missing.map((m) => m.organisationId);
  expect(subregions).toHaveLength(6);
  for (const organisationId of subregions) {
    for (const partId of ['functionality', 'implementation', 'compliance-and-results']) {
      await followUps.submitPart('self-care', 1, {
        organisationId,
        partId,
        answer: `${organisationId}: ${partId} fungerar.`,
        submittedOn: '2053-01-14',
      });
    }
  }
  await t.skipTo('2053-02-02');
  expect(await followUps.survey('self-care', 1)).toMatchObject({ status: 'closed', progress: { complete: 6 }, sentReminders: [] });
  expect(mailedOrganisations(first, 'survey-reminder')).toEqual({});

  // December: the deeper follow-up is proposed and endorsed; its results go to the February meeting.
  await meetings.addItem('VVG', '2053-12-12', {
    itemId: 'self-care-deeper-follow-up',
    title: 'Förslag: fördjupad uppföljning av egenvårdsrutinen',
    kind: 'decision',
    subject: { type: 'survey', id: 'self-care-deeper' },
    presenter: preparation,
    minutes: 20,
    documentsExpected: false,
  });
  await t.skipTo('2053-12-12', '10:00');
  await meetings.decide('VVG', '2053-12-12', { outcome: 'endorse', action: 'approve', itemId: 'self-care-deeper-follow-up' });
  await followUps.planFollowUp('self-care', {
    title: 'Fördjupad uppföljning av egenvårdsrutinen',
    opensOn: '2053-12-18',
    closesOn: '2054-01-22',
    preparationGroup: [preparation],
    targetMeeting: { body: 'VVG', date: '2054-02-13' },
  });
  await t.skipTo('2053-12-19');
  const [complete, partial, silent] = [subregions.slice(0, 4), subregions[4], subregions[5]];
  for (const organisationId of complete) {
    for (const partId of ['functionality', 'implementation', 'compliance-and-results']) {
      await followUps.submitPart('self-care', 2, {
        organisationId,
        partId,
        answer: `Fördjupat svar från ${organisationId}`,
        submittedOn: '2053-12-19',
      });
    }
  }
  await followUps.submitPart('self-care', 2, {
    organisationId: partial,
    partId: 'functionality',
    answer: 'Fungerar delvis',
    submittedOn: '2053-12-19',
  });

  await t.skipTo('2054-01-26');
  const deeper = followUpWorkflowId('self-care', 2);
  expect(mailedOrganisations(deeper, 'survey-reminder')).toEqual({
    [at8('2054-01-08')]: [partial, silent].sort(),
    [at8('2054-01-19')]: [partial, silent].sort(),
  });
  const survey = await followUps.survey('self-care', 2);
  expect(survey.progress).toMatchObject({ recipients: 6, complete: 4 });
  expect(survey.placedOn).toBe('meeting/VVG/2054-02-13');
  const markdown = fs.readFileSync(survey.report!.markdownPath, 'utf8');
  expect(markdown).toContain('# Fördjupad uppföljning av egenvårdsrutinen');
  expect(markdown).toContain('4 av 6 har svarat på alla delar.');
  expect(fs.readFileSync(survey.report!.csvPath, 'utf8').trim().split('\r\n')).toHaveLength(1 + 6 * 3);
  const reportMail = t.ledger.mails(deeper).filter((m) => m.template === 'survey-report');
  expect(reportMail.map((m) => m.recipient)).toEqual([preparation.email]);

  const february = await meetings.agenda('VVG', '2054-02-13');
  expect(february.items).toEqual([
    expect.objectContaining({
      title: 'Resultat: Fördjupad uppföljning av egenvårdsrutinen',
      subject: { type: 'survey', id: deeper },
      documents: [
        expect.objectContaining({ link: `file://${survey.report!.markdownPath}` }),
        expect.objectContaining({ link: `file://${survey.report!.csvPath}` }),
      ],
    }),
  ]);
});
