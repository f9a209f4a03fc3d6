import { z } from 'zod';
import { listOf, singleLine } from '../fields';
import { documentKinds, DocumentMediaType, MAX_DOCUMENT_BYTES } from './mediaType';

/**
 * A document handed in and stored, as an answer or a meeting item carries it: the store's id for it, and what
 * the person who handed it in called it. The bytes stay in the document store.
 */
export const documentRefSchema = z.strictObject({
  id: z.uuid({ error: 'must be a document id' }),
  filename: singleLine(200),
  mediaType: z.enum(Object.keys(documentKinds) as [DocumentMediaType, ...DocumentMediaType[]]),
  size: z.number().int().min(1).max(MAX_DOCUMENT_BYTES),
});
export type DocumentRef = z.infer<typeof documentRefSchema>;

/** An answer carries a few documents at most: an opinion and its appendices. */
export const MAX_DOCUMENTS_PER_ANSWER = 10;
export const documentRefsSchema = listOf(documentRefSchema, MAX_DOCUMENTS_PER_ANSWER, 'documents');
