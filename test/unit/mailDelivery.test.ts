import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { composeMail, createActivities, messageIdOf } from '../../activities';
import { Ledger } from '../../activities/ledger';
import { openDatabase, Store } from '../../activities/store/database';
import { currentAttempt, MailDelivery } from '../../activities/mailDelivery';
import { createMailTransport, MailTransport } from '../../activities/mailTransport';
import type { SendMailRequest } from '../../activities/types';
import { bodies } from '../support/lifecycleEnvironment';
import { owner } from '../support/guidelines';
import { freePort } from '../support/ports';
import { SmtpSink } from '../support/smtpSink';
import { testLinks } from '../support/links';

const root = path.resolve(__dirname, '../..');
const gone = 'slutat@ale.example';
const open: Array<{ close(): void }> = [];
const sinks: SmtpSink[] = [];
const stores: Store[] = [];

afterEach(async () => {
  open.splice(0).forEach((o) => o.close());
  await Promise.all(stores.splice(0).map((s) => s.destroy()));
  await Promise.all(sinks.splice(0).map((s) => s.stop()));
});

const request = (key: string, email = `${key}@kungalv.example`): SendMailRequest => ({
  idempotencyKey: `round/consent/1|invitation|${key}`,
  workflowId: 'round/consent/1',
  to: { ...owner, email },
  dueAt: '2030-11-04T07:00:00.000Z',
  message: {
    template: 'expiry-reminder',
    guidelineId: 'consent',
    title: 'Samtycke',
    validUntil: '2030-12-31',
    responsibleBody: 'VVG',
    daysLeft: 30,
    calendar: { uid: 'guideline/consent/valid-until@guideline-engine', sequence: 0 },
  },
});

async function sink(options: { refuse?: string[]; replyDelayMs?: number; port?: number } = {}) {
  const s = new SmtpSink(options.refuse, options.replyDelayMs);
  sinks.push(s);
  return { sink: s, url: await s.start(options.port) };
}

const files = new WeakMap<Ledger, string>();

function ledgerIn(dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mail-'))) {
  const file = path.join(dir, 'ledger.sqlite');
  const ledger = new Ledger(file);
  files.set(ledger, file);
  open.push(ledger);
  return ledger;
}

function transport(smtpUrl: string): MailTransport {
  const t = createMailTransport({ smtpUrl, outboxDir: '/nonexistent' });
  open.push(t);
  return t;
}

async function activitiesOn(ledger: Ledger, smtpUrl: string) {
  const store = await openDatabase({ sqliteFile: files.get(ledger)! });
  stores.push(store);
  return createActivities({
    ledger,
    store,
    mail: transport(smtpUrl),
    from: 'riktlinjer@localhost',
    bodies,
    client: new Client(),
    taskQueue: 'unused',
    reportsDir: '/nonexistent',
    links: testLinks,
  });
}

/** Runs a batch in a process of its own that kills itself with SIGKILL at the moment `crash` names. */
async function crashWhileSending(ledger: Ledger, smtpUrl: string, requests: SendMailRequest[], crash: string): Promise<void> {
  const file = path.join(os.tmpdir(), `requests-${process.pid}-${Date.now()}.json`);
  fs.writeFileSync(file, JSON.stringify(requests));
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crashingMailer.ts', files.get(ledger)!, smtpUrl, file, crash], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const signal = await new Promise((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
  if (signal !== 'SIGKILL') throw new Error(`the sender did not die as planned:\n${stderr}`);
}

const compose = (r: SendMailRequest) => composeMail(r, 'riktlinjer@localhost');
const row = (ledger: Ledger, key: string) => ledger.mails().find((m) => m.key === request(key).idempotencyKey);

test('a send whose confirmation was lost goes out again at once, and the ledger shows the second, unconfirmed attempt', async () => {
  const { sink: server, url } = await sink();
  const ledger = ledgerIn();
  // The server accepts the message; the sender dies before it can write that down.
  await crashWhileSending(ledger, url, [request('kungalv')], 'after:1');
  expect(server.messages).toHaveLength(1);
  expect(ledger.mails()).toEqual([]);
  expect(ledger.mailAttempts()).toMatchObject([
    { state: 'sending', attempts: 1, message_id: messageIdOf(request('kungalv').idempotencyKey) },
  ]);

  // The retry does not wait for the dead sender's hold to lapse.
  const started = Date.now();
  expect(await (await activitiesOn(ledger, url)).sendMails([request('kungalv')])).toEqual({
    sent: 1,
    alreadySent: 0,
    refused: [],
    suppressed: 0,
  });
  expect(Date.now() - started).toBeLessThan(5000);

  // The one duplicate SMTP cannot prevent: the same Message-ID twice, and the ledger says so.
  expect([...server.copies().values()]).toEqual([2]);
  expect(row(ledger, 'kungalv')).toMatchObject({ attempts: 2, unconfirmed_attempts: 1 });
});

test('a batch retried after its sender was killed sends only what the server had not accepted', async () => {
  const { sink: server, url } = await sink();
  const ledger = ledgerIn();
  const batch = ['ale', 'kungalv', 'stenungsund', 'tjorn', 'orust'].map((k) => request(k));
  // Killed as the fourth message is about to go: three are confirmed, the fourth has only its intent.
  await crashWhileSending(ledger, url, batch, 'before:4');
  expect(server.messages).toHaveLength(3);

  expect(await (await activitiesOn(ledger, url)).sendMails(batch)).toEqual({ sent: 2, alreadySent: 3, refused: [], suppressed: 0 });
  expect([...server.copies().values()]).toEqual([1, 1, 1, 1, 1]);
  expect(batch.map((r) => ledger.findMail(r.idempotencyKey)?.message_id)).toEqual(batch.map((r) => messageIdOf(r.idempotencyKey)));
  // The fourth had been claimed: the ledger cannot know that nothing left, and counts it as a possible copy.
  expect(ledger.mails().map((m) => [m.recipient.split('@')[0], m.attempts, m.unconfirmed_attempts])).toEqual([
    ['ale', 1, 0],
    ['kungalv', 1, 0],
    ['orust', 1, 0],
    ['stenungsund', 1, 0],
    ['tjorn', 2, 1],
  ]);
});

test('a slow send that is still alive is never sent again in parallel, however long it takes', async () => {
  // Each message takes the server a second to accept, three times the hold an attempt keeps without renewing it.
  const { sink: server, url } = await sink({ replyDelayMs: 1000 });
  const ledger = ledgerIn();
  const lease = { leaseMs: 300, renewMs: 50 };
  const batch = [request('ale'), request('kungalv')];
  const first = new MailDelivery(ledger, transport(url), compose, lease).sendAll(batch, currentAttempt());
  await new Promise((resolve) => setTimeout(resolve, 100));
  // A second attempt of the same batch, as when Temporal gives up on the first while it is still running.
  const second = await new MailDelivery(ledger, transport(url), compose, lease).sendAll(batch, currentAttempt());

  expect([await first, second]).toEqual([
    { sent: 1, alreadySent: 1, refused: [], suppressed: 0 },
    { sent: 1, alreadySent: 1, refused: [], suppressed: 0 },
  ]);
  expect([...server.copies().values()]).toEqual([1, 1]);
  expect(ledger.mails().map((m) => [m.attempts, m.unconfirmed_attempts])).toEqual([
    [1, 0],
    [1, 0],
  ]);
});

test('a mail server that is down delays the batch, which goes out once it is back, with no attempt left unconfirmed', async () => {
  const port = await freePort();
  const url = `smtp://127.0.0.1:${port}`;
  const ledger = ledgerIn();
  const activities = await activitiesOn(ledger, url);
  const batch = [request('ale'), request('kungalv')];

  const err = await activities.sendMails(batch).catch((e) => e);
  // A plain error: Temporal retries it with backoff, for as long as the server is away.
  expect(err).toMatchObject({ originalCode: 'ECONNREFUSED' });
  expect(err).not.toBeInstanceOf(ApplicationFailure);
  expect(ledger.mailAttempts().map((a) => [a.state, a.unconfirmed_attempts])).toEqual([['not-accepted', 0]]);

  const { sink: server } = await sink({ port });
  expect(await activities.sendMails(batch)).toEqual({ sent: 2, alreadySent: 0, refused: [], suppressed: 0 });
  expect(server.messages).toHaveLength(2);
  expect(ledger.mails().map((m) => [m.attempts, m.unconfirmed_attempts])).toEqual([
    [2, 0],
    [1, 0],
  ]);
});

test('an address refused for good is reported, does not hold the batch, and is not asked again on a retry', async () => {
  const { sink: server, url } = await sink({ refuse: [gone] });
  const ledger = ledgerIn();
  const activities = await activitiesOn(ledger, url);
  const batch = [request('ale'), request('gone', gone), request('kungalv')];

  const first = await activities.sendMails(batch);
  expect(first).toMatchObject({ sent: 2, alreadySent: 0, refused: [{ recipient: gone }] });
  expect(first.refused[0].reason).toContain('550');
  expect(await activities.sendMails(batch)).toEqual({ sent: 0, alreadySent: 2, refused: first.refused, suppressed: 0 });
  expect(server.messages).toHaveLength(2);
  expect(ledger.findMail(request('gone', gone).idempotencyKey)).toBeUndefined();
});

test('a ledger written by the version before intents opens, and its mail counts as sent once', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mail-'));
  const old = new Database(path.join(dir, 'ledger.sqlite'));
  old.exec(`
    CREATE TABLE mails (
      key TEXT PRIMARY KEY, workflow_id TEXT NOT NULL, template TEXT NOT NULL, recipient TEXT NOT NULL,
      subject TEXT NOT NULL, message_id TEXT NOT NULL, due_at TEXT NOT NULL, sent_at TEXT NOT NULL);
    CREATE TABLE outcomes (
      key TEXT PRIMARY KEY, workflow_id TEXT NOT NULL, subject_id TEXT NOT NULL, kind TEXT NOT NULL,
      occurred_at TEXT NOT NULL, details TEXT NOT NULL, recorded_at TEXT NOT NULL);
  `);
  const sent = request('ale');
  old
    .prepare('INSERT INTO mails VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(
      sent.idempotencyKey,
      sent.workflowId,
      'expiry-reminder',
      sent.to.email,
      'Påminnelse',
      messageIdOf(sent.idempotencyKey),
      sent.dueAt,
      sent.dueAt,
    );
  old.close();

  const { sink: server, url } = await sink();
  const ledger = ledgerIn(dir);
  expect(ledger.findMail(sent.idempotencyKey)).toMatchObject({ attempts: 1, unconfirmed_attempts: 0 });
  expect(await (await activitiesOn(ledger, url)).sendMails([sent, request('kungalv')])).toEqual({
    sent: 1,
    alreadySent: 1,
    refused: [],
    suppressed: 0,
  });
  expect(server.messages.map((m) => m.to)).toMatchObject([{ value: [{ address: 'kungalv@kungalv.example' }] }]);
  // Opening it again changes nothing.
  ledger.close();
  open.splice(open.indexOf(ledger), 1);
  expect(ledgerIn(dir).mails()).toHaveLength(2);
});
