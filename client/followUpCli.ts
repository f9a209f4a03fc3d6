import type { ImplementationView, SurveyView } from '../workflows/followUp/api';
import type { GuidelineView } from '../workflows/guideline/api';
import type { FollowUpCommand } from './followUpCommand';
import type { FollowUpClient } from './followUps';

function describeImplementation(view: ImplementationView): string {
  return [
    `${view.guidelineId} implementation ${view.n}: deadline ${view.deadline}, ${view.status}`,
    `  confirmed ${view.total - view.notConfirmed.length} of ${view.total}`,
    ...view.upcomingReminders.map((r) => `  reminder ${r.date} (${r.daysLeft} days left)`),
    ...(view.notConfirmed.length ? ['  not confirmed:', ...view.notConfirmed.map((o) => `    ${o.organisationName}`)] : []),
  ].join('\n');
}

function describeSurvey(view: SurveyView): string {
  const p = view.progress;
  return [
    `${view.guidelineId} follow-up ${view.n}: ${view.plan.title}, ${view.status}, ${view.plan.opensOn} to ${view.plan.closesOn}`,
    `  complete ${p.complete} of ${p.recipients}; per part: ${p.byPart.map((b) => `${b.partId} ${b.submitted}`).join(', ')}`,
    ...p.missing.map((m) => `  missing from ${m.organisationName}: ${m.parts.join(', ')}`),
    ...(view.report ? [`  report: ${view.report.markdownPath}, ${view.report.csvPath}`] : []),
    ...(view.placedOn ? [`  on the agenda of ${view.placedOn}`] : []),
  ].join('\n');
}

const describePlanned = (view: GuidelineView) =>
  [
    `${view.guidelineId}: ${view.status}`,
    ...view.implementations.map((i) => `  implementation ${i.n}: deadline ${i.deadline} (${i.workflowId})`),
    ...view.followUps.map((f) => `  follow-up ${f.n}: ${f.title}, ${f.opensOn} to ${f.closesOn} (${f.workflowId})`),
  ].join('\n');

/** Runs an implementation or follow-up command; the result as JSON with --json, else as text. */
export async function runFollowUpCommand(command: FollowUpCommand, followUps: FollowUpClient): Promise<string> {
  const show = <T>(value: T, describe: (value: T) => string) => (command.json ? JSON.stringify(value, null, 2) : describe(value));
  if (command.action === 'plan') {
    const planned =
      command.name === 'implementation'
        ? followUps.planImplementation(command.guidelineId, command.input)
        : followUps.planFollowUp(command.guidelineId, command.input);
    return show(await planned, describePlanned);
  }
  const { guidelineId, n } = command;
  if (command.name === 'implementation') {
    if (command.action === 'confirm') {
      const receipt = await followUps.confirmImplementation(guidelineId, n, command.input);
      return show(receipt, (r) => `recorded ${r.organisationId}; ${r.confirmed} of ${r.total} have confirmed`);
    }
    return show(await followUps.implementation(guidelineId, n), describeImplementation);
  }
  switch (command.action) {
    case 'submit': {
      const receipt = await followUps.submitPart(guidelineId, n, command.input);
      return show(receipt, (r) => `recorded ${r.organisationId} ${r.partId}; ${r.complete} of ${r.recipients} complete`);
    }
    case 'move':
      return show(await followUps.moveFollowUp(guidelineId, n, command.input), describeSurvey);
    case 'status':
      return show(await followUps.survey(guidelineId, n), describeSurvey);
  }
}
