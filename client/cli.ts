import { loadSettings, loadYearlyTasks } from '../config';
import { ValidationError } from '../domain/validation';
import type { GuidelineView } from '../workflows/guideline/api';
import { CliCommand, parseCommand, USAGE } from './cliCommand';
import type { ConsultationClient } from './consultations';
import type { ConsultationView, ResponseReceipt } from '../workflows/consultation/api';
import { runCommissionCommand } from './commissionCli';
import { CommissionCommand, isCommissionCommand } from './commissionCommand';
import { connectGuidelineClient } from './connect';
import { runFollowUpCommand } from './followUpCli';
import { FollowUpCommand, isFollowUpCommand } from './followUpCommand';
import { runMeetingCommand } from './meetingCli';
import { isMeetingCommand, MeetingCommand } from './meetingCommand';
import { runYearlyTaskCommand } from './yearlyTaskCli';
import { isYearlyTaskCommand, YearlyTaskCommand } from './yearlyTaskCommand';
import { registerSearchAttributes } from './searchAttributes';
import type { GuidelineClient, GuidelineListItem } from './guidelines';

function describe(view: GuidelineView): string {
  const g = view.guideline;
  return [
    `${g.id}  ${g.title}`,
    `  ${g.kind}, ${g.responsibleBody}, owner ${g.owner.name} <${g.owner.email}>`,
    g.validUntil ? `  status ${view.status}, valid ${g.validFrom} to ${g.validUntil} (period ${view.period})` : `  status ${view.status}`,
    ...view.consultationRounds.map((r) => `  consultation round ${r.round}: ${r.opensOn} to ${r.deadline} (${r.workflowId})`),
    ...view.upcomingReminders.map((r) => `  reminder ${r.date} (${r.daysLeft} days left)`),
    ...(view.retirement ? [`  retired: ${view.retirement.reason}`] : []),
  ].join('\n');
}

function table(items: GuidelineListItem[]): string {
  if (items.length === 0) return 'no guidelines expire in that period';
  return items.map((i) => `${i.validUntil}  ${i.responsibleBody}  ${i.kind.padEnd(17)} ${i.guidelineId}`).join('\n');
}

type Output = GuidelineView | GuidelineListItem[] | ConsultationView | ResponseReceipt | string;

function render(output: Exclude<Output, string>): string {
  if (Array.isArray(output)) return table(output);
  if ('replaced' in output) {
    return `recorded ${output.organisationId}${output.late ? ' (late)' : ''}${output.replaced ? ', replacing its earlier answer' : ''}; ${output.answered} of ${output.total} have answered`;
  }
  return 'round' in output ? describeRound(output) : describe(output);
}

function describeRound(view: ConsultationView): string {
  const p = view.progress;
  return [
    `${view.guidelineId} round ${view.round}: ${view.document.title} ${view.document.version}`,
    `  status ${view.status}, opens ${view.opensOn}, deadline ${view.deadline}`,
    `  answered ${p.answered} of ${p.total} (${p.late} late), not answered ${p.notAnsweredCount}`,
    ...p.byGroup.map((g) => `  ${g.group.padEnd(26)} ${g.answered}/${g.total}`),
    ...view.upcomingReminders.map((r) => `  reminder ${r.date} (${r.businessDaysBefore} business days before)`),
    ...(p.notAnswered.length ? ['  not answered:', ...p.notAnswered.map((o) => `    ${o.organisationName} (${o.progressGroup})`)] : []),
  ].join('\n');
}

async function run(
  command: Exclude<CliCommand, MeetingCommand | YearlyTaskCommand | CommissionCommand | FollowUpCommand>,
  clients: { guidelines: GuidelineClient; consultations: ConsultationClient; setup: () => Promise<void> },
): Promise<Output> {
  const { guidelines, consultations } = clients;
  switch (command.name) {
    case 'register':
      return guidelines.register(command.input);
    case 'extend':
      return guidelines.extend(command.id, command.input);
    case 'retire':
      return guidelines.retire(command.id, command.input);
    case 'adopt':
      return guidelines.adopt(command.id, command.input);
    case 'show':
      return guidelines.show(command.id);
    case 'list':
      return guidelines.listExpiring(command.expiringWithin);
    case 'setup-search-attributes':
      await clients.setup();
      return 'search attributes ready';
    case 'consultation': {
      const { id, round, input } = command;
      switch (command.action) {
        case 'start':
          return (await consultations.start(id, input)).round;
        case 'answer':
          return consultations.recordResponse(id, round, input);
        case 'extend':
          return consultations.extendDeadline(id, round, input);
        case 'add':
          return consultations.addRecipient(id, round, String(input.organisationId));
        case 'withdraw':
          return consultations.withdrawRecipient(id, round, input);
        case 'close':
          return consultations.close(id, round, input);
        case 'progress':
          return consultations.progress(id, round);
        case 'export':
          return consultations.exportCsv(id, round);
      }
    }
  }
}

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    if (err instanceof ValidationError) {
      console.error(`error: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
  const settings = loadSettings();
  const { guidelines, consultations, meetings, yearlyTasks, commissions, followUps, connection, close } =
    await connectGuidelineClient(settings);
  try {
    const output = isMeetingCommand(command)
      ? await runMeetingCommand(command, meetings)
      : isCommissionCommand(command)
        ? await runCommissionCommand(command, commissions)
        : isFollowUpCommand(command)
          ? await runFollowUpCommand(command, followUps)
          : isYearlyTaskCommand(command)
            ? await runYearlyTaskCommand(command, yearlyTasks, () => loadYearlyTasks(settings))
            : await run(command, {
                guidelines,
                consultations,
                setup: () => registerSearchAttributes(connection, settings.temporal.namespace),
              });
    console.log(typeof output === 'string' ? output : command.json ? JSON.stringify(output, null, 2) : render(output));
    return 0;
  } catch (err) {
    if (err instanceof ValidationError) {
      console.error(err.problems.map((p) => `error: ${p}`).join('\n'));
      return 2;
    }
    throw err;
  } finally {
    await close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`error: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  },
);
