import { stringify } from 'csv-stringify/sync';
import type { Recipient } from './consultation';
import type { ResponseRecord } from './progress';
import { RESPONSE_COLUMNS, responseRows } from './responseRows';

// Kept out of consultationProgress.ts: csv-stringify touches Node's Buffer when it loads, and the workflow
// sandbox, which imports the progress helpers, has none.

/** One row per recipient, in the recipients' order, RFC 4180 (quoted where needed, CRLF between records). */
export function responsesCsv(recipients: Recipient[], responses: Record<string, ResponseRecord>, withdrawn: string[]): string {
  const rows = responseRows(recipients, responses, withdrawn).map(({ recipient: r, status, response }) => [
    r.organisationId,
    r.organisationName,
    r.progressGroup,
    status,
    response?.kind ?? '',
    response?.receivedOn ?? '',
    response ? String(response.late) : '',
    response?.documentRef ?? '',
    response?.text ?? '',
  ]);
  // With an explicit record_delimiter, csv-stringify stops quoting a lone \n or \r unless told to.
  return stringify([[...RESPONSE_COLUMNS], ...rows], { record_delimiter: 'windows', quote_record_delimiter: true });
}
