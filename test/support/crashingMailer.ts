import fs from 'node:fs';
import { composeMail } from '../../activities';
import { Ledger } from '../../activities/ledger';
import { currentAttempt, MailDelivery } from '../../activities/mailDelivery';
import { createMailTransport, MailTransport } from '../../activities/mailTransport';
import type { SendMailRequest } from '../../activities/types';

/**
 * Sends a batch as the mail activity does, in its own process, and dies by SIGKILL as a worker killed with
 * kill -9 would: `before:N` as the N-th message is about to be handed over, `after:N` once the server has
 * accepted it and before anything else runs.
 *
 *   node --import tsx test/support/crashingMailer.ts <ledger file> <smtp url> <requests.json> <before:N | after:N>
 */
const [ledgerFile, smtpUrl, requestsFile, crash] = process.argv.slice(2);
const [when, nth] = crash.split(':');
const smtp = createMailTransport({ smtpUrl, outboxDir: '/nonexistent' });
let handedOver = 0;
const dying: MailTransport = {
  send: async (message, fileStem) => {
    const n = ++handedOver;
    if (when === 'before' && n === Number(nth)) process.kill(process.pid, 'SIGKILL');
    await smtp.send(message, fileStem);
    if (when === 'after' && n === Number(nth)) process.kill(process.pid, 'SIGKILL');
  },
  close: () => smtp.close(),
};
const requests = JSON.parse(fs.readFileSync(requestsFile, 'utf8')) as SendMailRequest[];
new MailDelivery(new Ledger(ledgerFile), dying, (request) => composeMail(request, 'riktlinjer@localhost'))
  .sendAll(requests, currentAttempt())
  .then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
