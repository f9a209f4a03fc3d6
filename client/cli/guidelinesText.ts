import type { GuidelineView } from '../../workflows/guideline/api';
import type { GuidelineListItem } from '../guidelines';
import { printable } from './output';

export function describeGuideline(view: GuidelineView): string {
  const g = view.guideline;
  return [
    `${g.id}  ${printable(g.title)}`,
    `  ${g.kind}, ${g.responsibleBody}, owner ${printable(g.owner.name)} <${g.owner.email}>`,
    g.validUntil ? `  status ${view.status}, valid ${g.validFrom} to ${g.validUntil} (period ${view.period})` : `  status ${view.status}`,
    ...view.consultationRounds.map((r) => `  consultation round ${r.round}: ${r.opensOn} to ${r.deadline} (${r.workflowId})`),
    ...view.upcomingReminders.map((r) => `  reminder ${r.date} (${r.daysLeft} days left)`),
    ...(view.retirement ? [`  retired: ${printable(view.retirement.reason)}`] : []),
  ].join('\n');
}

export function describeExpiring(items: GuidelineListItem[]): string {
  if (items.length === 0) return 'no guidelines expire in that period';
  return items.map((i) => `${i.validUntil}  ${i.responsibleBody}  ${i.kind.padEnd(17)} ${i.guidelineId}`).join('\n');
}
