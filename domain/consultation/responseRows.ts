import type { Recipient } from './consultation';
import { responseOf, ResponseRecord } from './progress';

/** Where an organisation stands in a round. */
export type RecipientStatus = 'answered' | 'not-answered' | 'withdrawn';

/** One organisation of a round and its answer, as the exports and the round's page list it. */
export interface ResponseRow {
  recipient: Recipient;
  status: RecipientStatus;
  response?: ResponseRecord;
}

/**
 * Every recipient in the recipients' order, with its status and its answer. A withdrawn organisation keeps the
 * answer it may have sent, so that nothing recorded is lost from what is shown or exported.
 */
export function responseRows(recipients: Recipient[], responses: Record<string, ResponseRecord>, withdrawn: string[]): ResponseRow[] {
  return recipients.map((recipient) => {
    const response = responseOf(responses, recipient.organisationId);
    const status = withdrawn.includes(recipient.organisationId) ? 'withdrawn' : response ? 'answered' : 'not-answered';
    return { recipient, status, response };
  });
}

/** The exports' columns, the same in CSV and XLSX. */
export const RESPONSE_COLUMNS = [
  'organisation_id',
  'organisation',
  'group',
  'status',
  'kind',
  'received_on',
  'late',
  'document_ref',
  'text',
] as const;
