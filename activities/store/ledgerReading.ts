import type { Store } from './database';
import { everyWordIn } from './textSearch';

/** A mail the ledger records as sent (activities/ledger.ts creates, writes and owns the table). */
export interface LedgerMail {
  key: string;
  workflow_id: string;
  template: string;
  recipient: string;
  subject: string;
  message_id: string;
  due_at: string;
  sent_at: string;
}

/** A transition the ledger records; `details` is JSON. */
export interface LedgerOutcome {
  key: string;
  workflow_id: string;
  subject_id: string;
  kind: string;
  occurred_at: string;
  details: string;
  recorded_at: string;
}

const ledgerOf = (db: Store) => db.withTables<{ mails: LedgerMail; outcomes: LedgerOutcome }>();

/** The ledger's tables are made by the first worker that opens it: a fresh database read alone has none yet. */
export async function ledgerExists(db: Store): Promise<boolean> {
  const names = new Set((await db.introspection.getTables()).map((t) => t.name));
  return names.has('mails') && names.has('outcomes');
}

/** Which rows of the ledger: of one subject or workflow (or all), holding every word of `text` (or any). */
export interface LedgerFilter {
  /** Outcomes: what they are filed under, a guideline's id or a meeting's, commission's or yearly task's workflow id. */
  subjectId?: string;
  /** Outcomes: only of these kinds. */
  kinds?: string[];
  /** Mails: those of this workflow and of those under it (a guideline's and its rounds'). */
  workflowId?: string;
  /** Words the row holds: a recipient's address, a mail's subject line or template, an outcome's kind or details. */
  text?: string;
  /** The audit page reads the latest first; the API, as the ledger grew. */
  newestFirst?: boolean;
}

/** The outcomes, of one subject or all, holding the text, in order. */
export function outcomesOf(db: Store, filter: Omit<LedgerFilter, 'workflowId'> = {}) {
  const order = filter.newestFirst ? 'desc' : 'asc';
  let query = ledgerOf(db)
    .selectFrom('outcomes')
    .select(['key', 'workflow_id', 'subject_id', 'kind', 'occurred_at', 'details', 'recorded_at'])
    .orderBy('occurred_at', order)
    .orderBy('recorded_at', order)
    .orderBy('key', order);
  if (filter.subjectId !== undefined) query = query.where('subject_id', '=', filter.subjectId);
  if (filter.kinds) query = query.where('kind', 'in', filter.kinds);
  for (const condition of everyWordIn(['kind', 'details', 'workflow_id'], filter.text)) query = query.where(condition);
  return query;
}

/** The mails of a workflow and of those under it, or all, holding the text, in the order they fell due. */
export function mailsOf(db: Store, filter: Omit<LedgerFilter, 'subjectId' | 'kinds'> = {}) {
  const order = filter.newestFirst ? 'desc' : 'asc';
  let query = ledgerOf(db)
    .selectFrom('mails')
    .select(['key', 'workflow_id', 'template', 'recipient', 'subject', 'message_id', 'due_at', 'sent_at'])
    .orderBy('due_at', order)
    .orderBy('key', order);
  const under = filter.workflowId;
  if (under !== undefined) query = query.where((eb) => eb.or([eb('workflow_id', '=', under), eb('workflow_id', 'like', `${under}/%`)]));
  for (const condition of everyWordIn(['recipient', 'subject', 'template'], filter.text)) query = query.where(condition);
  return query;
}
