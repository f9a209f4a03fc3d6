import type { Projection, UpcomingMail } from '../../domain/readModel';
import { reportInstant } from '../../domain/reminders/deadlineReminders';
import { addresseesOf } from '../kit/readModel';
import type { GuidelineView } from './api';
import { GuidelineState, viewOf } from './state';

/**
 * A guideline in the read model: filtered by status, body, kind and last valid day; in force, its reminders to the
 * owner and subscribers, and the secretary's notice if it ends with no decision.
 */
export function guidelineProjection(workflowId: string, state: GuidelineState): Projection<GuidelineView> {
  const view = viewOf(state);
  const g = state.guideline;
  const upcoming: UpcomingMail[] = [];
  if (state.phase === 'validity' && state.status === 'in-force') {
    const holders = addresseesOf([state.guideline.owner, ...state.guideline.subscribers]);
    upcoming.push(...view.upcomingReminders.map((r) => ({ at: r.at, purpose: 'expiry-reminder', to: holders })));
    const { validUntil, reminderPolicy, responsibleBody } = state.guideline;
    upcoming.push({ at: reportInstant(validUntil, reminderPolicy), purpose: 'guideline-expired', to: [{ secretaryOf: responsibleBody }] });
  }
  return {
    workflowId,
    kind: 'guideline',
    guidelineId: g.id,
    title: g.title,
    status: state.status,
    body: g.responsibleBody,
    guidelineKind: g.kind,
    dueOn: state.phase === 'validity' ? state.guideline.validUntil : undefined,
    view,
    upcoming,
  };
}
