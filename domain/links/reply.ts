import type { DocumentRef } from '../documents/documentRef';

/** A reply as staff read it: who sent it when, its text, the attachments kept and those refused. */
export interface InboundReply {
  id: string;
  organisationId: string;
  organisationName: string;
  from: string;
  subject: string;
  text: string;
  documents: DocumentRef[];
  refused: Array<{ filename: string; problem: string }>;
  receivedAt: string;
  outcome: 'answered' | 'kept';
}
