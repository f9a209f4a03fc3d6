import type { Store } from '../../activities/store/database';
import { actsNewestFirst } from '../../activities/store/acts';
import { LedgerMail, LedgerOutcome, ledgerExists, mailsOf, outcomesOf } from '../../activities/store/ledgerReading';
import { versionsOfMails } from '../../activities/store/mailVersions';
import type { ApiActsTable } from '../../activities/store/tables';
import { auditFilters, AuditQuery } from './auditFilters';
import { Page, pageFromQuery, pageOf, PageQuery } from './pagination';

/*
 * The records the audit reads, for the audit page and the ledger's and the acts' API routes alike: the API lists
 * them as they were written, the page the latest first. A database the worker has not opened yet has no ledger.
 */

type AuditMail = LedgerMail & { version?: string };
type AuditOutcome = Omit<LedgerOutcome, 'details'> & { details: Record<string, unknown> };

export async function auditMails(db: Store, query: AuditQuery, page: PageQuery, newestFirst = false): Promise<Page<AuditMail>> {
  if (!(await ledgerExists(db))) return pageOf(page, 0, []);
  const found = await pageFromQuery(mailsOf(db, { ...auditFilters(query).mails, newestFirst }), page);
  const versions = await versionsOfMails(db, found.items);
  return { ...found, items: found.items.map((m) => ({ ...m, ...(versions.has(m.key) ? { version: versions.get(m.key) } : {}) })) };
}

export async function auditOutcomes(db: Store, query: AuditQuery, page: PageQuery, newestFirst = false): Promise<Page<AuditOutcome>> {
  if (!(await ledgerExists(db))) return pageOf(page, 0, []);
  const found = await pageFromQuery(outcomesOf(db, { ...auditFilters(query).outcomes, newestFirst }), page);
  return { ...found, items: found.items.map((o) => ({ ...o, details: JSON.parse(o.details) as Record<string, unknown> })) };
}

/** Who did what through the API and the pages, newest first. */
export const auditActs = (db: Store, query: AuditQuery, page: PageQuery): Promise<Page<ApiActsTable>> =>
  pageFromQuery(actsNewestFirst(db, auditFilters(query).acts), page);
