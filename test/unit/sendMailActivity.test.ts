import { Client } from '@temporalio/client';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { createActivities } from '../../activities';
import { openDatabase, Store } from '../../activities/store/database';
import { Ledger } from '../../activities/ledger';
import { createMailTransport } from '../../activities/mailTransport';
import type { SendMailRequest } from '../../activities/types';
import { bodies } from '../support/lifecycleEnvironment';
import { owner } from '../support/guidelines';
import { SmtpSink } from '../support/smtpSink';
import { testLinks } from '../support/links';

const gone = 'slutat@ale.example';
let sink: SmtpSink;
let ledger: Ledger;
let store: Store;
let activities: ReturnType<typeof createActivities>;

beforeAll(async () => {
  sink = new SmtpSink([gone]);
  const smtpUrl = await sink.start();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mail-')), 'ledger.sqlite');
  ledger = new Ledger(file);
  store = await openDatabase({ sqliteFile: file });
  activities = createActivities({
    ledger,
    store,
    mail: createMailTransport({ smtpUrl, outboxDir: '/nonexistent' }),
    from: 'riktlinjer@localhost',
    bodies,
    // Mail never reaches another workflow: a client that would connect lazily and never does.
    client: new Client(),
    taskQueue: 'unused',
    reportsDir: '/nonexistent',
    links: testLinks,
  });
});

afterAll(async () => {
  ledger.close();
  await store.destroy();
  await sink.stop();
});

const request = (to: SendMailRequest['to'], key: string): SendMailRequest => ({
  idempotencyKey: key,
  workflowId: 'guideline/consent',
  to,
  dueAt: '2030-12-01T07:00:00.000Z',
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

test('the same business key mails once over real SMTP, however often the activity runs', async () => {
  expect((await activities.sendMail(request(owner, 'k1'))).status).toBe('sent');
  expect((await activities.sendMail(request(owner, 'k1'))).status).toBe('already-sent');
  expect(sink.messages).toHaveLength(1);
  expect(ledger.mails().map((m) => m.key)).toEqual(['k1']);
});

test('an address the server refuses fails for good, and nothing is recorded as sent', async () => {
  const err = await activities.sendMail(request({ ...owner, email: gone }, 'k2')).catch((e) => e);
  expect(err).toBeInstanceOf(ApplicationFailure);
  expect(err).toMatchObject({ type: 'MailRejected', nonRetryable: true });
  expect(err.message).toContain(gone);
  expect(ledger.findMail('k2')).toBeUndefined();
});
