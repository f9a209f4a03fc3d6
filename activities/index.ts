import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { BodyDirectory } from '../domain/meeting/bodies';
import type { Contact } from '../domain/directory/contact';
import { Failure } from '../domain/failures';
import { meetingDeliveryActivities } from './meetingDelivery';
import { surveyReportActivity } from './surveyReport';
import type { Ledger } from './ledger';
import { currentAttempt, MailDelivery, messageIdOf } from './mailDelivery';
import type { MailTransport } from './mailTransport';
import type { Activities, OutcomeRecord, SendMailRequest, SendMailResult } from './types';

export interface ActivityDependencies {
  ledger: Ledger;
  mail: MailTransport;
  from: string;
  bodies: BodyDirectory;
  /** For decisions that reach other workflows, and meetings started to receive an item. */
  client: Client;
  taskQueue: string;
  /** Where compiled survey reports are written. */
  reportsDir: string;
}

export function createActivities({ ledger, mail, from, bodies, client, taskQueue, reportsDir }: ActivityDependencies): Activities {
  const delivery = new MailDelivery(ledger, mail, from);
  return {
    ...meetingDeliveryActivities(client, taskQueue, bodies),
    ...surveyReportActivity(reportsDir),
    async sendMail(request: SendMailRequest): Promise<SendMailResult> {
      const { sent, refused } = await delivery.sendAll([request], currentAttempt());
      // A permanent refusal is not retried: the address is wrong.
      if (refused.length) throw ApplicationFailure.nonRetryable(refused[0].reason, Failure.MailRejected);
      return { status: sent ? 'sent' : 'already-sent', messageId: messageIdOf(request.idempotencyKey) };
    },

    sendMails: (requests: SendMailRequest[]) => delivery.sendAll(requests, currentAttempt()),

    async recordOutcome(record: OutcomeRecord): Promise<void> {
      ledger.recordOutcome({
        key: record.key,
        workflow_id: record.workflowId,
        subject_id: record.subjectId,
        kind: record.kind,
        occurred_at: record.occurredAt,
        details: JSON.stringify(record.details),
        recorded_at: new Date().toISOString(),
      });
    },

    async bodySecretary(body): Promise<Contact> {
      const found = bodies.bodies.find((b) => b.id === body);
      if (!found) throw new Error(`no secretary configured for ${body}`);
      return found.secretary;
    },
  };
}
