import { proxyActivities } from '@temporalio/workflow';
import type { Activities, SendMailRequest } from '../../activities/types';
import type { Recipient } from '../../domain/consultation/consultation';
import type { Contact } from '../../domain/directory/contact';
import { Failure } from '../../domain/failures';
import type { MailSpec } from '../../domain/mail/mailSpec';

const { sendMail } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  // An SMTP server that is down for a day must delay the mail, not lose it; a refused address fails at once.
  retry: {
    initialInterval: '10 seconds',
    backoffCoefficient: 2,
    maximumInterval: '30 minutes',
    nonRetryableErrorTypes: [Failure.MailRejected],
  },
});

/** An address the mail server refused for good, and its reply. */
export interface MailRefusal {
  recipient: string;
  reason: string;
}

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
  const results = await Promise.allSettled(requests.map((request) => sendMail(request)));
  return results.flatMap((result, i) =>
    result.status === 'rejected'
      ? [{ recipient: requests[i].to.email, reason: String((result.reason as { cause?: Error }).cause?.message ?? result.reason) }]
      : [],
  );
}
