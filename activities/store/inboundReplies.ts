import type { DocumentRef } from '../../domain/documents/documentRef';
import type { InboundReply } from '../../domain/links/reply';
import type { Store } from './database';

/** The replies to a workflow's asking mail, newest first. */
export async function repliesTo(db: Store, workflowId: string, nameOf: (organisationId: string) => string): Promise<InboundReply[]> {
  const rows = await db
    .selectFrom('inbound_replies')
    .selectAll()
    .where('workflow_id', '=', workflowId)
    .orderBy('received_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisation_id,
    organisationName: nameOf(r.organisation_id),
    from: r.from_address,
    subject: r.subject,
    text: r.text,
    documents: JSON.parse(r.documents) as DocumentRef[],
    refused: JSON.parse(r.refused_attachments) as InboundReply['refused'],
    receivedAt: r.received_at,
    outcome: r.outcome as InboundReply['outcome'],
  }));
}
