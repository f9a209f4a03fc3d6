import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { BodyDirectory } from '../domain/meeting/bodies';
import type { Contact } from '../domain/directory/contact';
import { Failure } from '../domain/failures';
import { renderMail } from '../domain/mail/mailSpec';
import { calendarFile, calendarMethod } from './calendarFile';
import { meetingDeliveryActivities } from './meetingDelivery';
import { surveyReportActivity } from './surveyReport';
import type { Ledger } from './ledger';
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

/** A permanent refusal (a 5xx reply, or every recipient refused) is not retried: the address is wrong. */
async function send(request: SendMailRequest, mail: MailTransport, ...message: Parameters<MailTransport['send']>): Promise<void> {
  try {
    await mail.send(...message);
  } catch (err) {
    const { responseCode, code } = err as { responseCode?: number; code?: string };
    if ((responseCode !== undefined && responseCode >= 500) || code === 'EENVELOPE') {
      throw ApplicationFailure.nonRetryable(`${request.to.email}: ${(err as Error).message}`, Failure.MailRejected);
    }
    throw err;
  }
}

const digest = (key: string) => createHash('sha256').update(key).digest('hex');

export function createActivities({ ledger, mail, from, bodies, client, taskQueue, reportsDir }: ActivityDependencies): Activities {
  return {
    ...meetingDeliveryActivities(client, taskQueue, bodies),
    ...surveyReportActivity(reportsDir),
    async sendMail(request: SendMailRequest): Promise<SendMailResult> {
      const earlier = ledger.findMail(request.idempotencyKey);
      if (earlier) return { status: 'already-sent', messageId: earlier.message_id };

      const hash = digest(request.idempotencyKey);
      // Derived from the key, so a receiving system can drop the copy if a crash ever sends one twice.
      const messageId = `<${hash.slice(0, 32)}@guideline-engine>`;
      const rendered = renderMail(request.message, request.to.name, request.to.language);
      const event = rendered.calendarEvent;
      await send(
        request,
        mail,
        {
          from,
          to: { name: request.to.name, address: request.to.email },
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          messageId,
          headers: { 'X-Guideline-Key': request.idempotencyKey },
          attachments: [
            ...(event
              ? [
                  {
                    filename: `${request.message.template}-${event.date}.ics`,
                    contentType: `text/calendar; charset=utf-8; method=${calendarMethod(event)}`,
                    content: calendarFile(event, { organizer: from, recipient: request.to, sentAt: new Date() }),
                  },
                ]
              : []),
            ...(request.attachmentPaths ?? []).map((file) => ({ filename: path.basename(file), path: file })),
          ],
        },
        `${request.dueAt.slice(0, 10)}-${request.message.template}-${hash.slice(0, 16)}`,
      );
      ledger.recordMail({
        key: request.idempotencyKey,
        workflow_id: request.workflowId,
        template: request.message.template,
        recipient: request.to.email,
        subject: rendered.subject,
        message_id: messageId,
        due_at: request.dueAt,
        sent_at: new Date().toISOString(),
      });
      return { status: 'sent', messageId };
    },

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
