import { patched, proxyActivities } from '@temporalio/workflow';
import type { Activities, MailRefusal, SendMailRequest } from '../../activities/types';
import type { Recipient } from '../../domain/consultation/consultation';
import type { Contact } from '../../domain/directory/contact';
import { Failure } from '../../domain/failures';
import type { MailSpec } from '../../domain/mail/mailSpec';

const { sendMail, sendMails } = proxyActivities<Activities>({
  // A sending attempt heartbeats every second: a worker that dies mid-batch is given up on within 5 s, and the
  // rest of the batch goes out as soon as a worker polls. A live attempt is not timed out while it beats, and
  // should Temporal give up on one that still runs (a server restart), the ledger's hold on each message keeps
  // the next attempt from sending what the first is sending.
  heartbeatTimeout: '5 seconds',
  startToCloseTimeout: '15 minutes',
  // An SMTP server that is down for a day must delay the mail, not lose it; a refused address fails at once.
  // A gentle backoff: mail goes out within a third of an outage's length (30 s at most) after the server is back.
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 1.5,
    maximumInterval: '30 seconds',
    nonRetryableErrorTypes: [Failure.MailRejected],
  },
});

export type { MailRefusal };

/**
 * At most this many messages per activity: a national round's 500 invitations are five activities, whose
 * inputs stay well under Temporal's payload limits and whose completions stay few in one workflow task.
 */
export const MAILS_PER_ACTIVITY = 100;

/** Each address once (compared without case), the first contact that has it kept. */
export function uniqueContacts<C extends Pick<Contact, 'email'>>(contacts: readonly C[]): C[] {
  const seen = new Set<string>();
  return contacts.filter((c) => {
    const address = c.email.toLowerCase();
    if (seen.has(address)) return false;
    seen.add(address);
    return true;
  });
}

/**
 * The business key of one message, from (workflow, purpose, event, recipient): the same message is never sent
 * twice, and a retried or replayed send finds the first. `event` tells repeated mail of one purpose apart (the
 * instant a reminder is due, the end date that expired); the recipient is an address, within an organisation
 * when mail goes to organisations.
 */
export function mailKey(key: { workflowId: string; purpose?: string; event?: string; organisationId?: string; email: string }): string {
  return [key.workflowId, key.purpose, key.event, key.organisationId, key.email.toLowerCase()]
    .filter((part) => part !== undefined)
    .join('|');
}

interface Occasion {
  workflowId: string;
  purpose?: string;
  event?: string;
  /** Workflow time when the mail became due, kept in the ledger. */
  dueAt: string;
}

/** One message to each person, each address once. */
export function mailToContacts(occasion: Occasion, contacts: readonly Contact[], mail: MailSpec | ((to: Contact) => MailSpec)) {
  return uniqueContacts(contacts).map((to): SendMailRequest => ({
    idempotencyKey: mailKey({ ...occasion, email: to.email }),
    workflowId: occasion.workflowId,
    to,
    dueAt: occasion.dueAt,
    message: typeof mail === 'function' ? mail(to) : mail,
  }));
}

/** One message to each contact of each organisation, worded for that organisation. */
export function mailToOrganisations(occasion: Occasion, recipients: readonly Recipient[], mail: (r: Recipient) => MailSpec) {
  return recipients.flatMap((r) =>
    uniqueContacts(r.contacts).map((to): SendMailRequest => ({
      idempotencyKey: mailKey({ ...occasion, organisationId: r.organisationId, email: to.email }),
      workflowId: occasion.workflowId,
      to,
      dueAt: occasion.dueAt,
      message: mail(r),
    })),
  );
}

/**
 * Sends every message of a batch. An address the mail server refuses must not hold back the others (nor the
 * workflow waiting for them): refusals come back for the caller's ledger row, and the rest go out as usual.
 */
export async function sendBatch(requests: SendMailRequest[]): Promise<MailRefusal[]> {
  if (!requests.length) return [];
  // Runs that began with one activity per message keep them as they replay.
  if (!patched('one-activity-per-batch')) return sendEach(requests);
  const chunks = Array.from({ length: Math.ceil(requests.length / MAILS_PER_ACTIVITY) }, (_, i) =>
    requests.slice(i * MAILS_PER_ACTIVITY, (i + 1) * MAILS_PER_ACTIVITY),
  );
  const results = await Promise.all(chunks.map((chunk) => sendMails(chunk)));
  return results.flatMap((result) => result.refused);
}

async function sendEach(requests: SendMailRequest[]): Promise<MailRefusal[]> {
  const results = await Promise.allSettled(requests.map((request) => sendMail(request)));
  return results.flatMap((result, i) =>
    result.status === 'rejected'
      ? [{ recipient: requests[i].to.email, reason: String((result.reason as { cause?: Error }).cause?.message ?? result.reason) }]
      : [],
  );
}
