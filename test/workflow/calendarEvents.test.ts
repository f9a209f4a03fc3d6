import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { FollowUpClient } from '../../client/followUps';
import { GuidelineClient } from '../../client/guidelines';
import { stockholmInstant } from '../../domain/calendar/dates';
import { followUpWorkflowId, guidelineWorkflowId, yearlyTaskScheduleId } from '../../domain/ids';
import { calendarUid } from '../../domain/mail/calendarEvent';
import { yearlyTaskSchema } from '../../domain/yearlyTask/yearlyTask';
import { yearlyTask } from '../../workflows/yearlyTask/yearlyTask';
import { readCalendarFile } from '../support/calendarFiles';
import { contacts, organisations } from '../support/directories';
import { englishSubscriber, guideline, owner } from '../support/guidelines';
import { bodies, LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { presenter } from '../support/meetings';

const at8 = (date: string) => stockholmInstant(date, '08:00');

let bundle: WorkflowBundleWithSourceMap;
let t: LifecycleEnvironment;
let guidelines: GuidelineClient;

beforeAll(async () => {
  bundle = await LifecycleEnvironment.bundle();
});

beforeEach(async () => {
  t = await LifecycleEnvironment.start(bundle);
  guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
});

afterEach(async () => {
  await t.stop();
});

/** The mails a workflow sent, in the order they were due, with the calendar event each carried. */
async function calendarMails(workflowId: string) {
  const rows = new Map(t.ledger.mails(workflowId).map((row) => [row.key, row]));
  const mails = [];
  for (const file of t.outboxFiles()) {
    const parsed = await simpleParser(fs.readFileSync(path.join(t.outbox, file)));
    const row = rows.get(String(parsed.headers.get('x-guideline-key')));
    if (!row) continue;
    const ics = parsed.attachments.find((a) => a.contentType === 'text/calendar');
    const event = ics && readCalendarFile(ics.content.toString('utf8'));
    mails.push({ template: row.template, recipient: row.recipient, dueAt: row.due_at, text: parsed.text ?? '', event });
  }
  return mails.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.recipient.localeCompare(b.recipient));
}

test('the end of validity is one event in the owner’s and subscribers’ calendars: moved by an extension, cancelled by a retirement', async () => {
  const id = 'expected-child';
  await t.skipTo('2037-05-04');
  await guidelines.register(guideline({ id, subscribers: [englishSubscriber], validFrom: '2035-01-01', validUntil: '2037-12-31' }));

  await t.skipTo('2037-12-10');
  const run = await t.runId(id);
  await guidelines.extend(id, { validUntil: '2038-12-31', note: 'Förlängs oförändrad', decisionRef: 'VVG 2037-12-10 §2' });
  await t.untilNewRun(id, run);
  await t.skipTo('2038-03-01');
  await guidelines.retire(id, { reason: 'Ersatt av regional riktlinje', decisionRef: 'SRO 2038-03-01 §4' });
  // The run's last row, written after the cancellations went out.
  await t.until(async () => t.ledger.outcomes(id).some((o) => o.kind === 'retired'));

  const uid = calendarUid(guidelineWorkflowId(id), 'valid-until');
  const toOwner = (await calendarMails(guidelineWorkflowId(id))).filter((m) => m.recipient === owner.email);
  expect(toOwner.map((m) => [m.template, m.event?.method, m.event?.uid, m.event?.sequence, m.event?.start])).toEqual([
    // 180 days before is 4 July: out of July, to 30 June.
    ['expiry-reminder', 'PUBLISH', uid, 0, '2037-12-31'],
    ['expiry-reminder', 'PUBLISH', uid, 0, '2037-12-31'],
    ['expiry-reminder', 'PUBLISH', uid, 0, '2037-12-31'],
    ['validity-extended', 'PUBLISH', uid, 1, '2038-12-31'],
    ['guideline-retired', 'CANCEL', uid, 2, '2038-12-31'],
  ]);
  expect(toOwner.slice(0, 3).map((m) => m.dueAt)).toEqual([at8('2037-06-30'), at8('2037-10-02'), at8('2037-12-01')]);
  expect(toOwner[3].text).toContain(
    'har förlängts och gäller nu till och med 31 december 2038, i stället för till och med 31 december 2037',
  );
  expect(toOwner[4].text).toContain('gäller inte längre (SRO 2038-03-01 §4). Skäl: Ersatt av regional riktlinje');
  const toSubscriber = (await calendarMails(guidelineWorkflowId(id))).filter((m) => m.recipient === englishSubscriber.email);
  expect(toSubscriber.map((m) => m.template)).toEqual(toOwner.map((m) => m.template));
  expect(toSubscriber[4].text).toContain('Its last day of validity, 31 December 2038, is taken out of the calendar.');
});

test('a guideline retired before any reminder went out sends no cancellation: nobody has the event', async () => {
  await t.skipTo('2037-05-04');
  await guidelines.register(guideline({ id: 'quiet', validFrom: '2035-01-01', validUntil: '2038-12-31' }));
  await t.skipTo('2037-06-01');
  await guidelines.retire('quiet', { reason: 'Ersatt' });
  await t.until(async () => t.ledger.outcomes('quiet').some((o) => o.kind === 'retired'));
  expect(t.ledger.mails(guidelineWorkflowId('quiet'))).toEqual([]);
});

test('a guideline that expires on New Year’s Eve is expired at midnight; its secretary hears on the first business morning', async () => {
  await t.skipTo('2037-11-02');
  await guidelines.register(guideline({ id: 'new-year', validFrom: '2035-01-01', validUntil: '2037-12-31' }));
  await t.skipTo('2038-01-02');
  expect((await guidelines.show('new-year')).status).toBe('expired');
  const expired = t.ledger.outcomes('new-year').find((o) => o.kind === 'expired')!;
  expect(expired.occurred_at.slice(0, 16)).toBe(stockholmInstant('2038-01-01').slice(0, 16));
  expect(t.ledger.mails(guidelineWorkflowId('new-year')).filter((m) => m.template === 'guideline-expired')).toEqual([]);

  // New Year's Day is a Friday: the notice goes on Monday 4 January.
  await t.skipTo('2038-01-04');
  const notices = t.ledger.mails(guidelineWorkflowId('new-year')).filter((m) => m.template === 'guideline-expired');
  expect(notices.map((m) => [m.recipient, m.due_at])).toEqual([['vvg-sekreterare@example.se', at8('2038-01-04')]]);
});

test('a guideline extended after it expired, before the notice was due, sends no notice', async () => {
  await t.skipTo('2037-11-02');
  await guidelines.register(guideline({ id: 'late-decision', validFrom: '2035-01-01', validUntil: '2037-12-31' }));
  await t.skipTo('2038-01-02');
  const run = await t.runId('late-decision');
  await guidelines.extend('late-decision', { validUntil: '2039-12-31', note: 'Förlängs', decisionRef: 'VVG 2038-01-02 §1' });
  await t.untilNewRun('late-decision', run);
  await t.skipTo('2038-01-05');
  expect((await guidelines.show('late-decision')).status).toBe('in-force');
  expect(t.ledger.mails(guidelineWorkflowId('late-decision')).map((m) => m.template)).not.toContain('guideline-expired');
  expect(t.ledger.outcomes('late-decision').map((o) => o.kind)).toContain('expired');
});

test('a yearly task whose day is a Saturday is started by its Schedule that day and mails on Monday, its due day in the calendar', async () => {
  const task = yearlyTaskSchema.parse({
    id: 'deviations-report',
    title: 'Årsrapport om avvikelser i samverkan',
    description: 'Sammanställ årets avvikelser.',
    owner,
    on: { month: 4, day: 1 },
    dueBy: { month: 4, day: 30 },
  });
  // 1 April 2028 is a Saturday; the Schedule fires at 08:00.
  await t.skipTo('2028-04-01', '08:00');
  // The run's ID as a Schedule makes it: the Schedule's ID and the instant it fired.
  const runId = `${yearlyTaskScheduleId(task.id)}-2028-04-01T06:00:00Z`;
  const handle = await t.env.client.workflow.start(yearlyTask, { args: [task], taskQueue: TASK_QUEUE, workflowId: runId });
  await t.skipTo('2028-04-01', '12:00');
  expect(t.ledger.mails().filter((m) => m.template === 'yearly-task')).toEqual([]);

  await t.skipTo('2028-04-03', '12:00');
  const result = await handle.result();
  expect(result).toMatchObject({ date: '2028-04-01', sendsOn: '2028-04-03', sendsAt: at8('2028-04-03') });
  const [mail] = await calendarMails(runId);
  expect([mail.recipient, mail.dueAt]).toEqual([owner.email, at8('2028-04-03')]);
  expect(mail.text).toContain('Det ska vara klart senast 30 april 2028, om 27 dagar.');
  expect(mail.event).toMatchObject({ uid: calendarUid(yearlyTaskScheduleId(task.id), 2028, 'due'), sequence: 0, start: '2028-04-30' });
});

test('a survey closing on Epiphany closes, under the body’s rule, on the Thursday after; its report goes on Friday morning', async () => {
  const followUps = new FollowUpClient(t.env.client, bodies, organisations, contacts);
  const preparation = presenter('Beredningen', 'beredning@vastkom.example', 'vastkom');
  await t.skipTo('2037-11-02');
  await guidelines.register(guideline({ id: 'surveyed', validFrom: '2036-06-01', validUntil: '2039-12-31' }));
  const plan = { title: 'Uppföljning', opensOn: '2037-12-01', closesOn: '2038-01-06', preparationGroup: [preparation] };
  await followUps.planFollowUp('surveyed', plan);
  await followUps.planFollowUp('surveyed', { ...plan, title: 'Uppföljning, dag som given', deadlineRule: 'keep' });

  await t.skipTo('2038-01-07');
  // Under the law's rule the survey still takes answers on Thursday 7 January; kept, it closed with the 6th.
  expect((await followUps.survey('surveyed', 1)).status).toBe('open');
  expect((await followUps.survey('surveyed', 2)).status).toBe('closed');
  const reportsOf = (n: number) =>
    t.ledger
      .mails(followUpWorkflowId('surveyed', n))
      .filter((m) => m.template === 'survey-report')
      .map((m) => m.due_at);
  expect([reportsOf(1), reportsOf(2)]).toEqual([[], [at8('2038-01-07')]]);

  await t.skipTo('2038-01-11');
  expect(reportsOf(1)).toEqual([at8('2038-01-08')]);
  const [survey] = await calendarMails(followUpWorkflowId('surveyed', 1));
  expect(survey.template).toBe('survey-invitation');
  expect(survey.text).toContain('Sista dag är torsdag 7 januari 2038, flyttad från onsdag 6 januari.');
  expect(survey.event).toMatchObject({ start: '2038-01-07', sequence: 0 });
  expect(survey.event?.uid).toMatch(/^guideline\/surveyed\/follow-up\/1\/closes\/[^/]+@guideline-engine$/);
});
