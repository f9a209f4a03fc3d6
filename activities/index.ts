import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { BodyDirectory } from '../domain/meeting/bodies';
import type { ResponsibleBody } from '../domain/guideline/guideline';
import type { Contact } from '../domain/directory/contact';
import { Failure } from '../domain/failures';
import { optionalTemplates, personalLinkParagraphs } from '../domain/links/asks';
import type { LinkSettings } from '../domain/links/personalLink';
import { renderMail } from '../domain/mail/mailSpec';
import { calendarFile, calendarMethod } from './calendarFile';
import { meetingDeliveryActivities } from './meetingDelivery';
import { surveyReportActivity } from './surveyReport';
import type { Ledger } from './ledger';
import type { Store } from './store/database';
import { preferencesOf } from './store/contactPreferences';
import { writeProjection } from './store/readModel';
import { PersonalLink, personalLinkFor } from './links/personalLinks';
import { ComposedMail, currentAttempt, MailDelivery } from './mailDelivery';
import type { MailTransport } from './mailTransport';
import type { Activities, OutcomeRecord, SendMailRequest, SendMailResult } from './types';

export interface ActivityDependencies {
  ledger: Ledger;
  /** The read model's database (in the ledger's file by default). */
  store: Store;
  mail: MailTransport;
  from: string;
  bodies: BodyDirectory;
  /** For decisions that reach other workflows, and meetings started to receive an item. */
  client: Client;
  taskQueue: string;
  /** Where compiled survey reports are written. */
  reportsDir: string;
  /** For the personal link in every mail that asks for something. */
  links: LinkSettings;
}

const digest = (key: string) => createHash('sha256').update(key).digest('hex');

// Derived from the key, so a receiving system can drop the copy if a crash ever sends one twice.
export const messageIdOf = (idempotencyKey: string) => `<${digest(idempotencyKey).slice(0, 32)}@guideline-engine>`;

/**
 * The message for a request, rendered in its recipient's language, with its calendar event and attachments. A
 * mail that asks for something carries its personal link, and a reply to it goes to the link's own address.
 */
export function composeMail(request: SendMailRequest, from: string, personal?: PersonalLink): ComposedMail {
  const hash = digest(request.idempotencyKey);
  const language = request.to.language;
  const added = personal ? personalLinkParagraphs(personal.act, personal.url, language) : [];
  const rendered = renderMail(request.message, request.to.name, language, added);
  const event = rendered.calendarEvent;
  return {
    subject: rendered.subject,
    message: {
      from,
      to: { name: request.to.name, address: request.to.email },
      subject: rendered.subject,
      ...(personal ? { replyTo: personal.replyTo } : {}),
      text: rendered.text,
      html: rendered.html,
      messageId: messageIdOf(request.idempotencyKey),
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
    fileStem: `${request.dueAt.slice(0, 10)}-${request.message.template}-${hash.slice(0, 16)}`,
  };
}

export function createActivities(deps: ActivityDependencies): Activities {
  const { ledger, store, mail, from, bodies, client, taskQueue, reportsDir, links } = deps;
  const delivery = new MailDelivery(ledger, mail, async (request) => {
    // The recipient's own choices, made on their link's page: their language, and whether they want only the asks.
    const preferences = await preferencesOf(store, request.to.email);
    const to = preferences?.language ? { ...request.to, language: preferences.language } : request.to;
    const composed = composeMail({ ...request, to }, from, await personalLinkFor(store, links, request));
    return preferences?.asksOnly && optionalTemplates.has(request.message.template)
      ? { ...composed, suppressed: 'the recipient asked to have only the mail that asks them for something' }
      : composed;
  });
  const secretaryOf = (body: ResponsibleBody) => bodies.bodies.find((b) => b.id === body)?.secretary;
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

    async recordProjection(projection): Promise<void> {
      await writeProjection(store, projection, secretaryOf);
    },

    async bodySecretary(body): Promise<Contact> {
      const secretary = secretaryOf(body);
      // Retried: the mail waits until the bodies file names one and the worker is restarted with it.
      if (!secretary) throw new Error(`no secretary configured for ${body}`);
      return secretary;
    },
  };
}
