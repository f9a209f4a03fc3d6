import type { Store } from '../../activities/store/database';
import { ledgerExists, mailsOf, outcomesOf } from '../../activities/store/ledgerReading';
import { versionsOfMails } from '../../activities/store/mailVersions';
import { findSubject, subjectOf, subjectsWhere, upcomingMailWhere } from '../../activities/store/readModel';
import { guidelineWorkflowId } from '../../domain/ids';
import type { SubjectKind } from '../../domain/readModel';
import type { ConsultationView } from '../../workflows/consultation/api';
import type { ImplementationView, SurveyView } from '../../workflows/followUp/api';
import type { GuidelineView } from '../../workflows/guideline/api';
import type { GuidelineLife } from '../web/guidelineTimeline';

/** As far ahead as the page looks for mail to come: as far as any schedule reaches. */
const FAR_AHEAD = '2200-01-01T00:00:00.000Z';

/**
 * A guideline's life from the read model and the ledger: its row, the rows of its rounds, implementations and
 * follow-ups, its registration and expiries, every mail sent under it and every mail still to come.
 */
export async function guidelineLifeOf(db: Store, guidelineId: string, now: Date): Promise<GuidelineLife | undefined> {
  const workflowId = guidelineWorkflowId(guidelineId);
  const subject = await findSubject<GuidelineView>(db, workflowId);
  if (!subject) return undefined;
  const under = async <View>(kind: SubjectKind) =>
    (await subjectsWhere(db, { kind, guidelineId }).execute()).map((row) => subjectOf<View>(row));
  const ledger = await ledgerExists(db);
  const [rounds, implementations, surveys, outcomes, sent, ahead] = await Promise.all([
    under<ConsultationView>('consultation'),
    under<ImplementationView>('implementation'),
    under<SurveyView>('survey'),
    // Only the guideline's own workflow records these kinds.
    ledger ? outcomesOf(db, { subjectId: guidelineId, kinds: ['registered', 'expired'] }).execute() : [],
    ledger ? mailsOf(db, { workflowId }).execute() : [],
    upcomingMailWhere(db, { from: now.toISOString(), until: FAR_AHEAD, workflowId }).execute(),
  ]);
  const versions = await versionsOfMails(db, sent);
  return {
    subject,
    rounds,
    implementations,
    surveys,
    outcomes: outcomes.map((o) => ({ kind: o.kind, occurredAt: o.occurred_at, details: JSON.parse(o.details) as Record<string, unknown> })),
    sent: sent.map((m) => ({
      workflowId: m.workflow_id,
      template: m.template,
      recipient: m.recipient,
      dueAt: m.due_at,
      version: versions.get(m.key),
    })),
    ahead: ahead.map((m) => ({ workflowId: m.workflow_id, purpose: m.purpose, at: m.at, name: m.name, email: m.email })),
  };
}
