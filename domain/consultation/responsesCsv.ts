import { stringify } from 'csv-stringify/sync';
import type { Recipient } from './consultation';
import { responseOf, ResponseRecord } from './progress';

// Kept out of consultationProgress.ts: csv-stringify touches Node's Buffer when it loads, and the workflow
// sandbox, which imports the progress helpers, has none.
const CSV_COLUMNS = ['organisation_id', 'organisation', 'group', 'status', 'kind', 'received_on', 'late', 'document_ref', 'text'];

/**
 * One row per recipient, in the recipients' order, RFC 4180 (quoted where needed, CRLF between records).
 * A withdrawn organisation keeps the response it may have sent, so nothing recorded is lost from the export.
 */
export function responsesCsv(recipients: Recipient[], responses: Record<string, ResponseRecord>, withdrawn: string[]): string {
  const rows = recipients.map((r) => {
    const response = responseOf(responses, r.organisationId);
    const status = withdrawn.includes(r.organisationId) ? 'withdrawn' : response ? 'answered' : 'not-answered';
    return [
      r.organisationId,
      r.organisationName,
      r.progressGroup,
      status,
      response?.kind ?? '',
      response?.receivedOn ?? '',
      response ? String(response.late) : '',
      response?.documentRef ?? '',
      response?.text ?? '',
    ];
  });
  // With an explicit record_delimiter, csv-stringify stops quoting a lone \n or \r unless told to.
  return stringify([CSV_COLUMNS, ...rows], { record_delimiter: 'windows', quote_record_delimiter: true });
}
