import type { Projection } from '../../domain/readModel';
import { addresseesOf } from '../kit/readModel';
import type { CommissionView } from './api';

/**
 * A commission in the read model, by its next open milestone (else the meeting it reports back to): reminders to
 * the group before each milestone, and the secretary's notice of one overdue.
 */
export function commissionProjection(view: CommissionView): Projection<CommissionView> {
  const open = view.milestones.filter((m) => m.status !== 'completed').map((m) => m.due);
  const group = addresseesOf(view.group);
  return {
    workflowId: view.workflowId,
    kind: 'commission',
    title: view.title,
    status: view.status,
    body: view.commissionedBy.body,
    dueOn: open.sort()[0] ?? view.reportBack.date,
    view,
    upcoming: view.upcoming.map((e) =>
      e.kind === 'reminder'
        ? { at: e.at, purpose: 'milestone-reminder', to: group }
        : { at: e.at, purpose: 'milestone-overdue', to: [{ secretaryOf: view.commissionedBy.body }] },
    ),
  };
}
