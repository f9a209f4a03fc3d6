import { MailActivities, startMailActivities } from '../support/mailActivities';
import { ApplicationFailure } from '@temporalio/common';
import type { Ledger } from '../../activities/ledger';
import type { SendMailRequest } from '../../activities/types';
import { owner } from '../support/guidelines';
import type { SmtpSink } from '../support/smtpSink';

const gone = 'slutat@ale.example';
let mail: MailActivities;
let sink: SmtpSink;
let ledger: Ledger;
let activities: MailActivities['activities'];

beforeAll(async () => {
  mail = await startMailActivities({ refuse: [gone], from: 'riktlinjer@localhost' });
  ({ sink, ledger, activities } = mail);
});

afterAll(() => mail.stop());

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
