import writeXlsxFile, { type Row } from 'write-excel-file/node';
import type { Recipient } from './consultation';
import type { ResponseRecord } from './progress';
import { RESPONSE_COLUMNS, responseRows } from './responseRows';

// Kept out of the progress helpers for the reason responsesCsv.ts is: the writer needs Node, the workflow sandbox has none.

const WIDTHS: Record<(typeof RESPONSE_COLUMNS)[number], number> = {
  organisation_id: 30,
  organisation: 32,
  group: 24,
  status: 14,
  kind: 14,
  received_on: 12,
  late: 8,
  document_ref: 20,
  text: 60,
};

/** A date cell, so that a spreadsheet sorts and filters by it; written as the CSV writes it. */
const dateCell = (date: string) => ({ type: Date, value: new Date(`${date}T00:00:00Z`), format: 'yyyy-mm-dd' });

/**
 * The CSV's rows as a workbook of one sheet: the same columns, a date cell for the day received and a boolean for
 * late. Every text is a string cell, never a formula, whatever it begins with.
 */
export async function responsesXlsx(
  recipients: Recipient[],
  responses: Record<string, ResponseRecord>,
  withdrawn: string[],
): Promise<Uint8Array<ArrayBuffer>> {
  const header: Row = RESPONSE_COLUMNS.map((column) => ({ value: column, fontWeight: 'bold' }));
  const rows: Row[] = responseRows(recipients, responses, withdrawn).map(({ recipient: r, status, response }) => [
    r.organisationId,
    r.organisationName,
    r.progressGroup,
    status,
    response?.kind ?? null,
    response ? dateCell(response.receivedOn) : null,
    response ? response.late : null,
    response?.documentRef ?? null,
    response?.text ?? null,
  ]);
  const file = await writeXlsxFile([header, ...rows], {
    sheet: 'answers',
    stickyRowsCount: 1,
    columns: RESPONSE_COLUMNS.map((column) => ({ width: WIDTHS[column] })),
  }).toBuffer();
  // A Buffer may share a pooled ArrayBuffer; a response body wants bytes of its own.
  return new Uint8Array(file);
}
