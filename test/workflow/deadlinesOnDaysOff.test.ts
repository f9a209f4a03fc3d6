import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { ConsultationClient } from '../../client/consultations';
import { GuidelineClient } from '../../client/guidelines';
import { stockholmInstant } from '../../domain/calendar/dates';
import { consultationWorkflowId } from '../../domain/ids';
import { calendarUid } from '../../domain/mail/calendarEvent';
import { readCalendarFile, ReadEvent } from '../support/calendarFiles';
import { contacts, organisations } from '../support/directories';
import { draftGuideline, owner } from '../support/guidelines';
import { bodies, LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';

/*
 * Deadlines on Saturday 26 December 2037, Boxing Day, in a year with 2026's weekdays: Christmas Eve and Christmas
 * Day are Thursday and Friday, so the business days around it are Wednesday 23 and Monday 28 December.
 */
const SIMBA = ['kommun-ale', 'kommun-kungalv', 'kommun-stenungsund', 'kommun-tjorn'];
// Tjörn's contact reads English, so each rule's words are seen in both languages.
const directory = {
  ...contacts,
  contacts: contacts.contacts.map((c) => (c.organisationId === 'kommun-tjorn' ? { ...c, language: 'en' as const } : c)),
};
const emailOf = (organisationId: string) => directory.contacts.find((c) => c.organisationId === organisationId)!.email;
const at8 = (date: string) => stockholmInstant(date, '08:00');

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
  consultations = new ConsultationClient(t.env.client, guidelines, organisations, directory, bodies);
  await t.skipTo('2037-09-01');
});

afterEach(async () => {
  await t.stop();
});

const request = (overrides: Record<string, unknown> = {}) => ({
  document: { title: 'Riktlinje för samtycke', version: '1', link: 'https://samverkan.example/samtycke-1.pdf' },
  recipientGroups: [{ group: 'subregion-municipalities', subregion: 'simba' }],
  opensOn: '2037-10-05',
  deadline: '2037-12-26',
  processOwner: owner,
  ...overrides,
});

interface SentMail {
  template: string;
  recipient: string;
  dueAt: string;
  subject: string;
  text: string;
  event?: ReadEvent;
}

/** Every mail a round sent, as its recipient got it, in the order they were due. */
async function sentMails(roundId: string): Promise<SentMail[]> {
  const rows = new Map(t.ledger.mails(roundId).map((row) => [row.key, row]));
  const mails: SentMail[] = [];
  for (const file of t.outboxFiles()) {
    const parsed = await simpleParser(fs.readFileSync(path.join(t.outbox, file)));
    const row = rows.get(String(parsed.headers.get('x-guideline-key')));
    if (!row) continue;
    const ics = parsed.attachments.find((a) => a.contentType === 'text/calendar');
    mails.push({
      template: row.template,
      recipient: row.recipient,
      dueAt: row.due_at,
      subject: parsed.subject ?? '',
      text: parsed.text ?? '',
      event: ics && readCalendarFile(ics.content.toString('utf8')),
    });
  }
  return mails.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.recipient.localeCompare(b.recipient));
}

const RULES = {
  // VVG's rule in the bodies file: the round names none.
  'next-business-day': {
    own: undefined,
    inForce: '2037-12-28',
    reminders: ['2037-11-12', '2037-12-04', '2037-12-21'],
    sv: 'Sista svarsdag är måndag 28 december 2037, flyttad från lördag 26 december.',
    en: 'The last day to answer is Monday 28 December 2037, moved from Saturday 26 December.',
    passedAt: stockholmInstant('2037-12-29'),
    summaryAt: at8('2037-12-29'),
    lateOnMonday: false,
    summary: 'med sista svarsdag måndag 28 december 2037, flyttad från lördag 26 december: 1 av 4 organisationer har svarat.',
  },
  'previous-business-day': {
    own: 'previous-business-day',
    inForce: '2037-12-23',
    reminders: ['2037-11-11', '2037-12-03', '2037-12-18'],
    sv: 'Sista svarsdag är onsdag 23 december 2037, flyttad från lördag 26 december.',
    en: 'The last day to answer is Wednesday 23 December 2037, moved from Saturday 26 December.',
    passedAt: stockholmInstant('2037-12-24'),
    summaryAt: at8('2037-12-28'),
    lateOnMonday: true,
    summary: 'med sista svarsdag onsdag 23 december 2037, flyttad från lördag 26 december: 0 av 4 organisationer har svarat.',
  },
  keep: {
    own: 'keep',
    inForce: '2037-12-26',
    reminders: ['2037-11-12', '2037-12-04', '2037-12-21'],
    sv: 'Sista svarsdag är 26 december 2037.',
    en: 'The last day to answer is 26 December 2037.',
    passedAt: stockholmInstant('2037-12-27'),
    summaryAt: at8('2037-12-28'),
    lateOnMonday: true,
    summary: 'med sista svarsdag 26 december 2037: 0 av 4 organisationer har svarat.',
  },
} as const;
const rules = Object.keys(RULES) as Array<keyof typeof RULES>;
const idOf = (rule: keyof typeof RULES) => `boxing-day-${rule}`;

test('scenario: a deadline on Boxing Day under each rule, in the reminders, the calendar files, the mail text, the late flag and the summary', async () => {
  for (const rule of rules) {
    await guidelines.register(draftGuideline({ id: idOf(rule), title: 'Riktlinje för samtycke' }));
    const { own } = RULES[rule];
    const { round } = await consultations.start(idOf(rule), request(own ? { deadlineRule: own } : {}));
    expect([round.deadline, round.deadlineRule, round.deadlineInForce]).toEqual(['2037-12-26', rule, RULES[rule].inForce]);
    expect(round.upcomingReminders.map((r) => r.date)).toEqual(RULES[rule].reminders);
  }

  // Ale answers on Monday 28 December, at noon.
  await t.skipTo('2037-12-28');
  for (const rule of rules) {
    const receipt = await consultations.recordResponse(idOf(rule), 1, {
      organisationId: 'kommun-ale',
      kind: 'no-comments',
      receivedOn: '2037-12-28',
    });
    expect([rule, receipt.late]).toEqual([rule, RULES[rule].lateOnMonday]);
  }
  await t.skipTo('2037-12-30');

  for (const rule of rules) {
    const expected = RULES[rule];
    const roundId = consultationWorkflowId(idOf(rule), 1);
    const mails = await sentMails(roundId);
    const of = (template: string) => mails.filter((m) => m.template === template);

    // Reminders on the business days counted back from the deadline in force, to all four (none had answered).
    expect([...new Set(of('consultation-reminder').map((m) => m.dueAt))]).toEqual(expected.reminders.map(at8));
    expect(of('consultation-reminder')).toHaveLength(12);

    // Every invitation and reminder carries the deadline in force, as the same event per organisation.
    for (const organisationId of SIMBA) {
      const events = mails.filter((m) => m.recipient === emailOf(organisationId) && m.event).map((m) => m.event!);
      expect(events).toHaveLength(4);
      for (const event of events) {
        expect(event).toMatchObject({
          method: 'PUBLISH',
          uid: calendarUid(roundId, 'deadline', organisationId),
          sequence: 0,
          start: expected.inForce,
          allDay: true,
        });
      }
    }

    // The text shows the day in force, and where it came from, in both languages.
    const [invitationSv] = of('consultation-invitation').filter((m) => m.recipient === emailOf('kommun-ale'));
    const [invitationEn] = of('consultation-invitation').filter((m) => m.recipient === emailOf('kommun-tjorn'));
    expect(invitationSv.text).toContain(expected.sv);
    expect(invitationEn.text).toContain(expected.en);

    // The deadline passes at the end of the day in force; the owner's summary waits for a business morning.
    const passed = t.ledger.outcomes(idOf(rule)).find((o) => o.kind === 'consultation-deadline-passed')!;
    expect(passed.occurred_at.slice(0, 16)).toBe(expected.passedAt.slice(0, 16));
    const [summary] = of('consultation-summary');
    expect([summary.recipient, summary.dueAt]).toEqual([owner.email, expected.summaryAt]);
    expect(summary.text).toContain(expected.summary);
    expect(summary.event).toBeUndefined();

    const view = await consultations.progress(idOf(rule), 1);
    expect(view.responses['kommun-ale'].late).toBe(expected.lateOnMonday);
    expect(view.progress.late).toBe(expected.lateOnMonday ? 1 : 0);
  }
});

test('one event per deadline in each calendar: moved by an extension, cancelled by a withdrawal and by an early close; late is judged against the deadline in force', async () => {
  await guidelines.register(draftGuideline({ id: 'moved', title: 'Riktlinje för samtycke' }));
  await consultations.start('moved', request());
  const roundId = consultationWorkflowId('moved', 1);

  await t.skipTo('2037-10-06');
  await consultations.withdrawRecipient('moved', 1, { organisationId: 'kommun-kungalv', reason: 'Svarar genom Göteborgsregionen' });

  // Stenungsund answers the day after the deadline in force: late, until the deadline is extended.
  await t.skipTo('2037-12-29');
  const answered = await consultations.recordResponse('moved', 1, {
    organisationId: 'kommun-stenungsund',
    kind: 'comments',
    receivedOn: '2037-12-29',
  });
  expect(answered.late).toBe(true);

  // Extended onto Epiphany, a Wednesday and a day off: in force on Thursday 7 January.
  await t.skipTo('2037-12-30');
  const extendedAt = await t.env.currentTimeMs();
  const extended = await consultations.extendDeadline('moved', 1, { deadline: '2038-01-06', reason: 'Fler behöver svara' });
  expect([extended.deadline, extended.deadlineInForce]).toEqual(['2038-01-06', '2038-01-07']);
  expect(extended.responses['kommun-stenungsund'].late).toBe(false);
  expect(extended.progress.late).toBe(0);

  await t.skipTo('2038-01-05');
  const closed = await consultations.close('moved', 1, { reason: 'Beslutet flyttas till VVG i februari' });
  expect(closed.closeReason).toBe('Beslutet flyttas till VVG i februari');
  await t.until(async () => (await guidelines.show('moved')).status === 'awaiting-decision');
  const closedRow = t.ledger.outcomes('moved').find((o) => o.kind === 'consultation-closed')!;
  expect(JSON.parse(closedRow.details)).toMatchObject({ reason: 'Beslutet flyttas till VVG i februari', deadlineInForce: '2038-01-07' });

  const mails = await sentMails(roundId);
  const calendarOf = (organisationId: string) =>
    mails
      .filter((m) => m.recipient === emailOf(organisationId) && m.event)
      .map((m) => [m.template, m.event!.method, m.event!.sequence, m.event!.start, m.event!.uid]);
  const uid = (organisationId: string) => calendarUid(roundId, 'deadline', organisationId);

  // Kungälv had the deadline from its invitation, and has it taken out when it is withdrawn.
  expect(calendarOf('kommun-kungalv')).toEqual([
    ['consultation-invitation', 'PUBLISH', 0, '2037-12-28', uid('kommun-kungalv')],
    ['consultation-withdrawn', 'CANCEL', 1, '2037-12-28', uid('kommun-kungalv')],
  ]);
  // Stenungsund had answered: it is told of the extension only as the round closes.
  expect(calendarOf('kommun-stenungsund').map(([template, method, sequence, start]) => [template, method, sequence, start])).toEqual([
    ['consultation-invitation', 'PUBLISH', 0, '2037-12-28'],
    ['consultation-reminder', 'PUBLISH', 1, '2037-12-28'],
    ['consultation-reminder', 'PUBLISH', 1, '2037-12-28'],
    ['consultation-reminder', 'PUBLISH', 1, '2037-12-28'],
    ['consultation-closed', 'CANCEL', 3, '2038-01-07'],
  ]);
  // Ale never answered: the extension moves its event (same uid, higher sequence), and the early close cancels it.
  expect(calendarOf('kommun-ale')).toEqual([
    ['consultation-invitation', 'PUBLISH', 0, '2037-12-28', uid('kommun-ale')],
    ['consultation-reminder', 'PUBLISH', 1, '2037-12-28', uid('kommun-ale')],
    ['consultation-reminder', 'PUBLISH', 1, '2037-12-28', uid('kommun-ale')],
    ['consultation-reminder', 'PUBLISH', 1, '2037-12-28', uid('kommun-ale')],
    ['consultation-deadline-extended', 'PUBLISH', 2, '2038-01-07', uid('kommun-ale')],
    ['consultation-closed', 'CANCEL', 3, '2038-01-07', uid('kommun-ale')],
  ]);

  const notice = mails.find((m) => m.template === 'consultation-deadline-extended' && m.recipient === emailOf('kommun-ale'))!;
  expect(notice.text).toContain('har flyttats från 28 december 2037 till torsdag 7 januari 2038, flyttad från onsdag 6 januari.');
  // Its due time in the ledger is when it was sent, not the new deadline.
  expect(Math.abs(Date.parse(notice.dueAt) - extendedAt)).toBeLessThan(60_000);
  const englishNotice = mails.find((m) => m.template === 'consultation-deadline-extended' && m.recipient === emailOf('kommun-tjorn'))!;
  expect(englishNotice.text).toContain('has moved from 28 December 2037 to Thursday 7 January 2038, moved from Wednesday 6 January.');
  const closing = mails.find((m) => m.template === 'consultation-closed' && m.recipient === emailOf('kommun-ale'))!;
  expect(closing.text).toContain('Skäl: Beslutet flyttas till VVG i februari');
});
