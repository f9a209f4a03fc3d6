import crypto from 'node:crypto';
import type { DocumentRef } from '../../domain/documents/documentRef';
import type { ReceivedVia } from '../../domain/links/channel';
import { documentKindOf, documentKinds, documentProblem } from '../../domain/documents/mediaType';
import { singleLine } from '../../domain/fields';
import { ValidationError } from '../../domain/validation';
import type { Store } from '../store/database';
import type { DocumentsTable } from '../store/tables';
import type { BlobStore } from './blobStore';

/** A file someone hands in, and to what. */
export interface Upload {
  bytes: Uint8Array;
  filename: string;
  workflowId: string;
  organisationId?: string;
  via: ReceivedVia;
  /** The contact's address, or the signed-in user's name. */
  from: string;
}

const filenameSchema = singleLine(200);

/**
 * Checks a file's size and kind before anything is stored, then keeps its bytes in the blob store and a row in
 * the index. A refusal (field `file`) stores nothing. A name that cannot be shown safely is replaced by a plain one.
 */
export async function storeDocument(db: Store, blobs: BlobStore, upload: Upload, now = new Date()): Promise<DocumentRef> {
  const problem = documentProblem(upload.bytes);
  if (problem) throw new ValidationError([`file: ${problem}`]);
  const mediaType = documentKindOf(upload.bytes)!;
  const named = filenameSchema.safeParse(upload.filename.split(/[\\/]/).pop() ?? '');
  const filename = named.success ? named.data : `dokument.${documentKinds[mediaType].extension}`;
  const sha256 = await blobs.put(upload.bytes);
  const row: DocumentsTable = {
    id: crypto.randomUUID(),
    sha256,
    filename,
    media_type: mediaType,
    size: upload.bytes.length,
    workflow_id: upload.workflowId,
    organisation_id: upload.organisationId ?? null,
    received_via: upload.via,
    received_from: upload.from,
    received_at: now.toISOString(),
  };
  await db.insertInto('documents').values(row).execute();
  return { id: row.id, filename, mediaType, size: row.size };
}

/** A document's index row, if there is one; ids are UUIDs, so anything else is simply not found. */
export function documentRow(db: Store, id: string): Promise<DocumentsTable | undefined> {
  return db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
}
