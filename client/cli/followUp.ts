import { Command } from 'commander';
import type { FollowUpClient } from '../followUps';
import { countingNumber, required, wantsJson } from './declare';
import { describeImplementation, describePlanned, describeSurvey } from './followUpText';
import { readJsonFile } from './jsonFile';
import { Output, shown } from './output';

type Which = { guidelineId: string; n: number; json: boolean };

export type FollowUpCommand =
  | { name: 'implementation' | 'follow-up'; action: 'plan'; guidelineId: string; input: unknown; json: boolean }
  | (Which & { name: 'implementation'; action: 'confirm'; input: unknown })
  | (Which & { name: 'implementation' | 'follow-up'; action: 'status' })
  | (Which & { name: 'follow-up'; action: 'submit' | 'move'; input: unknown });

export const isFollowUpCommand = (command: { name: string }): command is FollowUpCommand =>
  command.name === 'implementation' || command.name === 'follow-up';

const nth = countingNumber((n) => `N: must be a number such as 1, got '${n}'`);

/** `implementation` and `follow-up`; field rules are left to the domain schemas. */
export function declareFollowUpCommands(program: Command, emit: (command: FollowUpCommand) => void): void {
  const implementation = program
    .command('implementation')
    .description("a guideline's implementation deadline: who has confirmed, reminders to those that have not");
  planOf(
    implementation,
    'implementation',
    'the deadline as JSON: deadline, implementers (principals or subregions), preparationGroup',
    emit,
  );
  implementation
    .command('confirm')
    .description("record an implementer's confirmation")
    .argument('<ID>')
    .argument('<N>', '', nth)
    .addOption(required('--org <ORG>', 'the implementer'))
    .addOption(required('--confirmed-on <YYYY-MM-DD>'))
    .option('--note <TEXT>')
    .action((guidelineId: string, n: number, flags: { org: string; confirmedOn: string; note?: string }, command: Command) =>
      emit({
        name: 'implementation',
        action: 'confirm',
        guidelineId,
        n,
        json: wantsJson(command),
        input: { organisationId: flags.org, confirmedOn: flags.confirmedOn, note: flags.note },
      }),
    );
  statusOf(implementation, 'implementation', 'who has confirmed, upcoming reminders', emit);

  const followUp = program
    .command('follow-up')
    .description("a guideline's follow-up survey: parts per recipient, reminders, the report to a meeting");
  planOf(
    followUp,
    'follow-up',
    'the survey as JSON: title, parts, opensOn and closesOn or afterAdoption, recipientGroups, targetMeeting',
    emit,
  );
  followUp
    .command('submit')
    .description("record one part of a recipient's answer")
    .argument('<ID>')
    .argument('<N>', '', nth)
    .addOption(required('--org <ORG>', 'the recipient'))
    .addOption(required('--part <PART>', 'such as functionality'))
    .addOption(required('--answer <TEXT>'))
    .addOption(required('--submitted-on <YYYY-MM-DD>'))
    .action((guidelineId: string, n: number, flags: Record<string, string>, command: Command) =>
      emit({
        name: 'follow-up',
        action: 'submit',
        guidelineId,
        n,
        json: wantsJson(command),
        input: { organisationId: flags.org, partId: flags.part, answer: flags.answer, submittedOn: flags.submittedOn },
      }),
    );
  followUp
    .command('move')
    .description('move a survey that has not opened, by decision')
    .argument('<ID>')
    .argument('<N>', '', nth)
    .addOption(required('--opens <YYYY-MM-DD>'))
    .addOption(required('--closes <YYYY-MM-DD>'))
    .addOption(required('--decision <REF>'))
    .option('--reason <TEXT>')
    .action((guidelineId: string, n: number, flags: Record<string, string | undefined>, command: Command) =>
      emit({
        name: 'follow-up',
        action: 'move',
        guidelineId,
        n,
        json: wantsJson(command),
        input: { opensOn: flags.opens, closesOn: flags.closes, decisionRef: flags.decision, reason: flags.reason },
      }),
    );
  statusOf(followUp, 'follow-up', 'parts missing per recipient, report files', emit);
}

type Name = FollowUpCommand['name'];

function planOf(group: Command, name: Name, file: string, emit: (command: FollowUpCommand) => void): void {
  group
    .command('plan')
    .description(`start a guideline's ${name}`)
    .argument('<ID>')
    .addOption(required('--file <FILE>', file))
    .action((guidelineId: string, flags: { file: string }, command: Command) =>
      emit({ name, action: 'plan', guidelineId, input: readJsonFile(flags.file), json: wantsJson(command) }),
    );
}

function statusOf(group: Command, name: Name, description: string, emit: (command: FollowUpCommand) => void): void {
  group
    .command('status')
    .description(description)
    .argument('<ID>')
    .argument('<N>', '', nth)
    .action((guidelineId: string, n: number, _flags: object, command: Command) =>
      emit({ name, action: 'status', guidelineId, n, json: wantsJson(command) }),
    );
}

export async function runFollowUpCommand(command: FollowUpCommand, followUps: FollowUpClient): Promise<Output> {
  if (command.action === 'plan') {
    const planned =
      command.name === 'implementation'
        ? followUps.planImplementation(command.guidelineId, command.input)
        : followUps.planFollowUp(command.guidelineId, command.input);
    return shown(await planned, describePlanned);
  }
  const { guidelineId, n } = command;
  if (command.name === 'implementation') {
    if (command.action === 'confirm') {
      const receipt = await followUps.confirmImplementation(guidelineId, n, command.input);
      return shown(receipt, (r) => `recorded ${r.organisationId}; ${r.confirmed} of ${r.total} have confirmed`);
    }
    return shown(await followUps.implementation(guidelineId, n), describeImplementation);
  }
  switch (command.action) {
    case 'submit': {
      const receipt = await followUps.submitPart(guidelineId, n, command.input);
      return shown(receipt, (r) => `recorded ${r.organisationId} ${r.partId}; ${r.complete} of ${r.recipients} complete`);
    }
    case 'move':
      return shown(await followUps.moveFollowUp(guidelineId, n, command.input), describeSurvey);
    case 'status':
      return shown(await followUps.survey(guidelineId, n), describeSurvey);
  }
}
