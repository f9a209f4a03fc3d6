import type { CommissionView } from '../../workflows/commission/api';
import { printable } from './output';

export function describeCommission(view: CommissionView): string {
  const r = view.reportBack;
  const placement = r.placed ? `on the agenda as ${r.itemId}` : `not on the agenda: ${printable(r.refused ?? 'not yet placed')}`;
  return [
    `${view.commissionId}  ${printable(view.title)} (${view.workflowId})`,
    `  given by ${view.commissionedBy.body} ${view.commissionedBy.date}, ${view.status}`,
    `  reports back to ${r.body} ${r.date}, ${placement}`,
    `  group: ${view.group.map((c) => `${printable(c.name)} <${c.email}>`).join(', ')}`,
    ...view.milestones.flatMap((m) => [
      `  ${m.id}: ${printable(m.title)}, due ${m.due}, ${m.status}${m.completedOn ? ` ${m.completedOn}` : ''}`,
      ...m.moves.map((move) => `    moved from ${move.previousDue}: ${printable(move.reason)}`),
    ]),
    ...view.upcoming.map((e) => `  ${e.kind} ${e.date} (${e.milestoneId})`),
    ...(view.completion
      ? [
          `  completed ${view.completion.completedOn}: ${printable(view.completion.summary)}`,
          ...(view.completion.guidelineWorkflowId ? [`  draft: ${view.completion.guidelineWorkflowId}`] : []),
        ]
      : []),
  ].join('\n');
}
