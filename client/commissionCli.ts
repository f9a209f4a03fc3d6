import type { CommissionView } from '../workflows/commission/api';
import type { CommissionCommand } from './commissionCommand';
import type { CommissionClient } from './commissions';

function describeCommission(view: CommissionView): string {
  const r = view.reportBack;
  const placement = r.placed ? `on the agenda as ${r.itemId}` : `not on the agenda: ${r.refused ?? 'not yet placed'}`;
  return [
    `${view.commissionId}  ${view.title} (${view.workflowId})`,
    `  given by ${view.commissionedBy.body} ${view.commissionedBy.date}, ${view.status}`,
    `  reports back to ${r.body} ${r.date}, ${placement}`,
    `  group: ${view.group.map((c) => `${c.name} <${c.email}>`).join(', ')}`,
    ...view.milestones.flatMap((m) => [
      `  ${m.id}: ${m.title}, due ${m.due}, ${m.status}${m.completedOn ? ` ${m.completedOn}` : ''}`,
      ...m.moves.map((move) => `    moved from ${move.previousDue}: ${move.reason}`),
    ]),
    ...view.upcoming.map((e) => `  ${e.kind} ${e.date} (${e.milestoneId})`),
    ...(view.completion
      ? [
          `  completed ${view.completion.completedOn}: ${view.completion.summary}`,
          ...(view.completion.guidelineWorkflowId ? [`  draft: ${view.completion.guidelineWorkflowId}`] : []),
        ]
      : []),
  ].join('\n');
}

function run(command: CommissionCommand, commissions: CommissionClient): Promise<CommissionView> {
  switch (command.action) {
    case 'start':
      return commissions.start(command.input);
    case 'show':
      return commissions.show(command.id);
    case 'milestone':
      return commissions.completeMilestone(command.id, command.input);
    case 'move':
      return commissions.moveMilestone(command.id, command.input);
    case 'complete':
      return commissions.complete(command.id, command.input);
  }
}

/** Runs a commission command and returns what to print: the commission as JSON with --json, else as text. */
export async function runCommissionCommand(command: CommissionCommand, commissions: CommissionClient): Promise<string> {
  const view = await run(command, commissions);
  return command.json ? JSON.stringify(view, null, 2) : describeCommission(view);
}
