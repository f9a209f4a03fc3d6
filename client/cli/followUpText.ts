import type { ImplementationView, SurveyView } from '../../workflows/followUp/api';
import type { GuidelineView } from '../../workflows/guideline/api';
import { printable } from './output';

export function describeImplementation(view: ImplementationView): string {
  return [
    `${view.guidelineId} implementation ${view.n}: deadline ${view.deadline}, ${view.status}`,
    `  confirmed ${view.total - view.notConfirmed.length} of ${view.total}`,
    ...view.upcomingReminders.map((r) => `  reminder ${r.date} (${r.daysLeft} days left)`),
    ...(view.notConfirmed.length ? ['  not confirmed:', ...view.notConfirmed.map((o) => `    ${printable(o.organisationName)}`)] : []),
  ].join('\n');
}

export function describeSurvey(view: SurveyView): string {
  const p = view.progress;
  return [
    `${view.guidelineId} follow-up ${view.n}: ${printable(view.plan.title)}, ${view.status}, ${view.plan.opensOn} to ${view.plan.closesOn}`,
    `  complete ${p.complete} of ${p.recipients}; per part: ${p.byPart.map((b) => `${b.partId} ${b.submitted}`).join(', ')}`,
    ...p.missing.map((m) => `  missing from ${printable(m.organisationName)}: ${m.parts.join(', ')}`),
    ...(view.report ? [`  report: ${view.report.markdownPath}, ${view.report.csvPath}`] : []),
    ...(view.placedOn ? [`  on the agenda of ${view.placedOn}`] : []),
  ].join('\n');
}

export const describePlanned = (view: GuidelineView) =>
  [
    `${view.guidelineId}: ${view.status}`,
    ...view.implementations.map((i) => `  implementation ${i.n}: deadline ${i.deadline} (${i.workflowId})`),
    ...view.followUps.map((f) => `  follow-up ${f.n}: ${printable(f.title)}, ${f.opensOn} to ${f.closesOn} (${f.workflowId})`),
  ].join('\n');
