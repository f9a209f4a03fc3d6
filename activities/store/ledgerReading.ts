import type { Store } from './database';

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

/** The outcomes of a subject (a guideline's id, or a meeting's, commission's or yearly task's workflow id), or all, in order. */
export function outcomesOf(db: Store, subjectId?: string) {
  const query = ledgerOf(db)
    .selectFrom('outcomes')
    .select(['key', 'workflow_id', 'subject_id', 'kind', 'occurred_at', 'details', 'recorded_at'])
    .orderBy('occurred_at')
    .orderBy('recorded_at')
    .orderBy('key');
  return subjectId === undefined ? query : query.where('subject_id', '=', subjectId);
}

/** The mails of a workflow and of those under it (a guideline's and its rounds'), or all, in the order they fell due. */
export function mailsOf(db: Store, workflowId?: string) {
  const query = ledgerOf(db)
    .selectFrom('mails')
    .select(['key', 'workflow_id', 'template', 'recipient', 'subject', 'message_id', 'due_at', 'sent_at'])
    .orderBy('due_at')
    .orderBy('key');
  return workflowId === undefined
    ? query
    : query.where((eb) => eb.or([eb('workflow_id', '=', workflowId), eb('workflow_id', 'like', `${workflowId}/%`)]));
}
