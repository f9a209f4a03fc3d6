import { consultationWorkflowId, guidelineWorkflowId, parseWorkflowId } from '../../domain/ids';
import type { Store } from './database';
import type { LedgerMail, LedgerOutcome } from './ledgerReading';

type VersionedMail = Pick<LedgerMail, 'key' | 'workflow_id' | 'due_at'>;

/** What a guideline's own ledger rows say of its version: registered with one, or given one by an extension. */
function versionIn(outcome: Pick<LedgerOutcome, 'kind' | 'details'>): string | undefined {
  const details = JSON.parse(outcome.details) as { version?: unknown; guideline?: { version?: unknown } };
  const version = outcome.kind === 'registered' ? details.guideline?.version : details.version;
  return typeof version === 'string' ? version : undefined;
}

/**
 * The version of the document each mail was about, by the mail's key, where the records know it: a round's mail is
 * about the round's document; a guideline's own mail (and its implementations' and follow-ups') about the version
 * in force when the mail fell due, as the guideline's registration and extensions in the ledger give it.
 */
export async function versionsOfMails(db: Store, mails: readonly VersionedMail[]): Promise<Map<string, string>> {
  const refs = mails.map((m) => ({ mail: m, ref: parseWorkflowId(m.workflow_id) }));
  const rounds = [
    ...new Set(refs.flatMap(({ ref }) => (ref?.kind === 'consultation' ? [consultationWorkflowId(ref.guidelineId, ref.round)] : []))),
  ];
  const guidelines = [
    ...new Set(
      refs.flatMap(({ ref }) => (ref && ref.kind !== 'consultation' && 'guidelineId' in ref ? [guidelineWorkflowId(ref.guidelineId)] : [])),
    ),
  ];
  const documents = new Map<string, string>();
  if (rounds.length) {
    for (const row of await db.selectFrom('subjects').select(['workflow_id', 'view']).where('workflow_id', 'in', rounds).execute()) {
      const version = (JSON.parse(row.view) as { document?: { version?: unknown } }).document?.version;
      if (typeof version === 'string') documents.set(row.workflow_id, version);
    }
  }
  const history = new Map<string, Array<{ at: string; version: string }>>();
  if (guidelines.length) {
    const rows = await db
      .withTables<{ outcomes: LedgerOutcome }>()
      .selectFrom('outcomes')
      .select(['workflow_id', 'kind', 'details', 'occurred_at'])
      .where('workflow_id', 'in', guidelines)
      .where('kind', 'in', ['registered', 'extended'])
      .orderBy('occurred_at')
      .execute();
    for (const row of rows) {
      const version = versionIn(row);
      if (version) history.set(row.workflow_id, [...(history.get(row.workflow_id) ?? []), { at: row.occurred_at, version }]);
    }
  }
  const versions = new Map<string, string>();
  for (const { mail, ref } of refs) {
    if (!ref || !('guidelineId' in ref)) continue;
    const version =
      ref.kind === 'consultation'
        ? documents.get(mail.workflow_id)
        : (history.get(guidelineWorkflowId(ref.guidelineId)) ?? []).filter((h) => h.at <= mail.due_at).at(-1)?.version;
    if (version) versions.set(mail.key, version);
  }
  return versions;
}
