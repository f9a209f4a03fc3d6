import crypto from 'node:crypto';
import type { BlobStore } from '../../activities/documents/blobStore';
import { storeDocument } from '../../activities/documents/documents';
import type { Store } from '../../activities/store/database';
import { stockholmDate } from '../../domain/calendar/dates';
import { DocumentRef, MAX_DOCUMENTS_PER_ANSWER } from '../../domain/documents/documentRef';
import { documentProblem } from '../../domain/documents/mediaType';
import { email } from '../../domain/fields';
import { Failure } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';
import type { ConsultationClient } from '../consultations';
import type { OpenAsk } from '../links/openAsk';
import { replyText } from './replyText';

/** A reply as the listener parsed it. */
export interface Reply {
  messageId: string;
  from: string;
  subject: string;
  text?: string;
  attachments: Array<{ filename?: string; content: Uint8Array }>;
}

export interface ReplyDeps {
  db: Store;
  blobs: BlobStore;
  consultations: ConsultationClient;
  now: () => Date;
}

/** What became of a reply: it recorded the organisation's answer, was kept for staff, or had been taken before. */
export type ReplyOutcome = 'answered' | 'kept' | 'taken-before';

/**
 * Takes a reply to an open ask. Its attachments are checked before any is stored (a refused one is named, not kept).
 * To a round the organisation has not answered, the reply is its answer, "received by e-mail, to be classified":
 * it is reminded no more, and the process owner reads and classifies it. Otherwise it is kept for staff to read.
 * The same reply again (a relay that lost our answer) changes nothing.
 */
export async function takeReply(deps: ReplyDeps, ask: OpenAsk, reply: Reply): Promise<ReplyOutcome> {
  const { db } = deps;
  const { link } = ask;
  const seen = await db
    .selectFrom('inbound_replies')
    .select('id')
    .where('message_id', '=', reply.messageId)
    .where('workflow_id', '=', link.workflow_id)
    .where('organisation_id', '=', link.organisation_id)
    .executeTakeFirst();
  if (seen) return 'taken-before';

  const from = email.safeParse(reply.from).success ? reply.from.toLowerCase() : link.contact_email;
  const documents: DocumentRef[] = [];
  const refused: Array<{ filename: string; problem: string }> = [];
  for (const attachment of reply.attachments) {
    const problem =
      documents.length < MAX_DOCUMENTS_PER_ANSWER
        ? documentProblem(attachment.content)
        : `more than ${MAX_DOCUMENTS_PER_ANSWER} attachments: only the first are kept`;
    if (problem) {
      refused.push({ filename: attachment.filename ?? '', problem });
      continue;
    }
    documents.push(
      await storeDocument(deps.db, deps.blobs, {
        bytes: attachment.content,
        filename: attachment.filename ?? '',
        workflowId: link.workflow_id,
        organisationId: link.organisation_id,
        via: 'email',
        from,
      }),
    );
  }
  const text = replyText(reply.text);
  const now = deps.now();

  let outcome: ReplyOutcome = 'kept';
  if (ask.act === 'consultation.answer' && !Object.hasOwn(ask.subject.view.responses, link.organisation_id)) {
    const { guidelineId, round } = ask.subject.view;
    outcome = await deps.consultations
      .recordResponse(guidelineId, round, {
        organisationId: link.organisation_id,
        kind: 'unclassified',
        ...(text ? { text } : {}),
        receivedOn: stockholmDate(now.getTime()),
        ...(documents.length ? { documents } : {}),
        receivedVia: 'email',
        receivedFrom: from,
      })
      .then(
        (): ReplyOutcome => 'answered',
        // The round closed or withdrew the organisation since the reply was addressed: it is kept for staff to read.
        (err: unknown): ReplyOutcome => {
          if (err instanceof ValidationError && err.type !== Failure.Busy) return 'kept';
          throw err;
        },
      );
  }
  await db
    .insertInto('inbound_replies')
    .values({
      id: crypto.randomUUID(),
      message_id: reply.messageId,
      act: link.act,
      workflow_id: link.workflow_id,
      organisation_id: link.organisation_id,
      contact_email: link.contact_email,
      from_address: from,
      subject: replyText(reply.subject).slice(0, 300),
      text,
      documents: JSON.stringify(documents),
      refused_attachments: JSON.stringify(refused),
      received_at: now.toISOString(),
      outcome,
    })
    .onConflict((oc) => oc.columns(['message_id', 'workflow_id', 'organisation_id']).doNothing())
    .execute();
  return outcome;
}
