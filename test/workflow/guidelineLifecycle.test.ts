import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { GuidelineClient } from '../../client/guidelines';
import { guidelineWorkflowId } from '../../domain/ids';
import { organisations } from '../support/directories';
import { LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { englishSubscriber, guideline, owner } from '../support/guidelines';
import { stockholmInstant } from '../../domain/calendar/dates';

let bundle: WorkflowBundleWithSourceMap;
let t: LifecycleEnvironment;
let guidelines: GuidelineClient;

beforeAll(async () => {
  bundle = await LifecycleEnvironment.bundle();
});

beforeEach(async () => {
  t = await LifecycleEnvironment.start(bundle);
  guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
  await t.skipTo('2030-01-07', '10:00');
});

afterEach(async () => {
  await t.stop();
});

const remindersSent = (id: string) =>
  t.ledger
    .mails(guidelineWorkflowId(id))
    .filter((m) => m.template === 'expiry-reminder')
    .map((m) => `${m.due_at} ${m.recipient}`);

describe('guidelineLifecycle on the time-skipping server', () => {
  test('a guideline valid until 2030-12-31 reminds its owner and subscriber on 2030-06-28, 2030-10-02 and 2030-11-29, then expires and tells the secretary', async () => {
    await guidelines.register(guideline({ subscribers: [englishSubscriber] }));
    await t.skipTo('2031-01-02');

    const expected = ['2030-06-28', '2030-10-02', '2030-11-29'].map((d) => stockholmInstant(d, '08:00'));
    expect(remindersSent('expected-child')).toEqual(
      expected.flatMap((at) => [`${at} ${owner.email}`, `${at} ${englishSubscriber.email}`]).sort(),
    );
    // The timer fired on the day itself, not earlier: the workflow's own clock is in the ledger.
    const reminderOutcomes = t.ledger.outcomes('expected-child').filter((o) => o.kind === 'expiry-reminder-sent');
    expect(reminderOutcomes.map((o) => o.occurred_at.slice(0, 16))).toEqual(expected.map((at) => at.slice(0, 16)));

    const view = await guidelines.show('expected-child');
    expect(view.status).toBe('expired');
    expect(view.upcomingReminders).toEqual([]);
    const expiredMails = t.ledger.mails(guidelineWorkflowId('expected-child')).filter((m) => m.template === 'guideline-expired');
    expect(expiredMails.map((m) => m.recipient)).toEqual(['vvg-sekreterare@example.se']);
    expect(t.ledger.outcomes('expected-child').map((o) => o.kind)).toEqual([
      'registered',
      'expiry-reminder-sent',
      'expiry-reminder-sent',
      'expiry-reminder-sent',
      'expired',
    ]);

    const files = t.outboxFiles();
    expect(files).toHaveLength(7);
    const mails = await Promise.all(files.map((f) => simpleParser(fs.readFileSync(path.join(t.outbox, f)))));
    const toOwner = mails.filter((m) => m.text?.startsWith(`Hej ${owner.name}`));
    expect(toOwner.map((m) => m.subject)).toEqual(
      Array(3).fill('Påminnelse: Riktlinje vid oro för ett väntat barn upphör att gälla 31 december 2030'),
    );
    expect(toOwner[2].text).toContain('gäller till och med 31 december 2030, om 32 dagar');
    const ics = toOwner[2].attachments.find((a) => a.contentType === 'text/calendar');
    expect(ics?.content.toString()).toMatch(/DTSTART;VALUE=DATE:20301231/);
    const toSubscriber = mails.filter((m) => m.text?.startsWith(`Hello ${englishSubscriber.name}`));
    expect(toSubscriber.map((m) => m.subject)).toEqual(
      Array(3).fill('Reminder: Riktlinje vid oro för ett väntat barn expires on 31 December 2030'),
    );
    const escalation = mails.find((m) => m.subject?.startsWith('Har upphört att gälla'));
    expect(escalation?.text).toContain('upphörde att gälla efter 31 december 2030 utan beslut om förlängning');
  });

  test('a reminder that would fall on Christmas Day moves to the 23rd; one in July moves to June', async () => {
    const view = await guidelines.register(guideline({ id: 'christmas', validUntil: '2031-01-24' }));
    expect(view.upcomingReminders.map((r) => r.date)).toEqual(['2030-06-28', '2030-10-25', '2030-12-23']);
    await t.skipTo('2031-01-10');
    expect(remindersSent('christmas')).toEqual(
      ['2030-06-28', '2030-10-25', '2030-12-23'].map((d) => `${stockholmInstant(d, '08:00')} ${owner.email}`),
    );
  });
});

describe('extending and retiring', () => {
  test('extending before expiry reschedules: no stale reminder fires, the new period reminds and expires on its own dates', async () => {
    await guidelines.register(guideline({ validUntil: '2030-12-31' }));
    await t.skipTo('2030-07-01');
    expect(remindersSent('expected-child')).toEqual([`${stockholmInstant('2030-06-28', '08:00')} ${owner.email}`]);

    const firstRun = await t.runId('expected-child');
    const extended = await guidelines.extend('expected-child', {
      validUntil: '2031-12-31',
      note: 'Förlängs oförändrad i väntan på revidering',
      decisionRef: 'VVG 2030-09-01 §4',
    });
    expect(extended.guideline.validUntil).toBe('2031-12-31');
    await t.untilNewRun('expected-child', firstRun);

    const view = await guidelines.show('expected-child');
    expect(view.period).toBe(2);
    expect(view.status).toBe('in-force');
    expect(view.upcomingReminders.map((r) => r.date)).toEqual(['2031-06-30', '2031-10-02', '2031-12-01']);

    await t.skipTo('2032-01-05');

    expect(remindersSent('expected-child')).toEqual(
      ['2030-06-28', '2031-06-30', '2031-10-02', '2031-12-01'].map((d) => `${stockholmInstant(d, '08:00')} ${owner.email}`),
    );
    const kinds = t.ledger.outcomes('expected-child').map((o) => o.kind);
    expect(kinds).toEqual([
      'registered',
      'expiry-reminder-sent',
      'extended',
      'expiry-reminder-sent',
      'expiry-reminder-sent',
      'expiry-reminder-sent',
      'expired',
    ]);
    const expired = t.ledger.outcomes('expected-child').find((o) => o.kind === 'expired')!;
    expect(expired.occurred_at.slice(0, 16)).toBe(stockholmInstant('2032-01-01').slice(0, 16));
  });

  test('an expired guideline extended by a late decision comes back in force', async () => {
    await guidelines.register(guideline({ validUntil: '2030-03-31' }));
    await t.skipTo('2030-04-02');
    expect((await guidelines.show('expected-child')).status).toBe('expired');
    const expiredRun = await t.runId('expected-child');
    const view = await guidelines.extend('expected-child', {
      validUntil: '2030-12-31',
      note: 'Förlängs',
      decisionRef: 'VVG 2030-04-10 §2',
    });
    await t.untilNewRun('expected-child', expiredRun);
    expect(view.guideline.validUntil).toBe('2030-12-31');
    expect((await guidelines.show('expected-child')).status).toBe('in-force');
  });

  test('retiring stops every reminder and the expiry', async () => {
    await guidelines.register(guideline({ subscribers: [englishSubscriber] }));
    await t.skipTo('2030-03-01');
    const view = await guidelines.retire('expected-child', { reason: 'Ersätts av ny riktlinje', decisionRef: 'SRO 2030-02-20 §7' });
    expect(view.status).toBe('retired');
    await t.skipTo('2031-03-01');
    expect(t.ledger.mails()).toEqual([]);
    expect(t.ledger.outcomes('expected-child').map((o) => o.kind)).toEqual(['registered', 'retired']);
    const shown = await guidelines.show('expected-child');
    expect(shown.status).toBe('retired');
    expect(shown.upcomingReminders).toEqual([]);
  });
});
