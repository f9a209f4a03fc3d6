import { Command, Option } from 'commander';
import type { ConsultationClient } from '../consultations';
import { countingNumber, guidelineId, required, wantsJson } from './declare';
import { describeResponse, describeRound } from './consultationText';
import { readJsonFile } from './jsonFile';
import { document, Output, shown } from './output';

type Action = 'start' | 'answer' | 'extend' | 'add' | 'withdraw' | 'close' | 'progress' | 'export';

/** A command on a guideline's consultation round: the latest one unless `round` says which. */
export type ConsultationCommand = {
  name: 'consultation';
  action: Action;
  id: string;
  round?: number;
  input: Record<string, unknown>;
  json: boolean;
};

export const isConsultationCommand = (command: { name: string }): command is ConsultationCommand => command.name === 'consultation';

type Flags = Partial<Record<'file' | 'org' | 'kind' | 'received' | 'text' | 'documentRef' | 'deadline' | 'reason', string>> & {
  round?: number;
};

/** Field rules are left to the domain schemas, which name the field on failure. */
export function declareConsultationCommands(program: Command, emit: (command: ConsultationCommand) => void): void {
  const consultation = program
    .command('consultation')
    .description("a draft's consultation rounds: invitations, answers, reminders to those that have not answered");
  const on = (action: Action, description: string, input: (flags: Flags) => Record<string, unknown>) => {
    const leaf = consultation.command(action).description(description).addArgument(guidelineId());
    if (action !== 'start') leaf.addOption(new Option('--round <N>', 'the round; the latest without it').argParser(roundNumber));
    return leaf.action((id: string, flags: Flags, command: Command) =>
      emit({ name: 'consultation', action, id, round: flags.round, input: input(flags), json: wantsJson(command) }),
    );
  };

  on(
    'start',
    'open a round: invite every organisation, with an .ics for the deadline',
    (flags) => readJsonFile(String(flags.file)) as Record<string, unknown>,
  ).addOption(
    required(
      '--file <FILE>',
      'the round as JSON: document, recipientGroups, opensOn, deadline, processOwner, reminderPolicy',
      'consultation start: needs --file with the round (document, recipientGroups, dates, processOwner)',
    ),
  );
  on('answer', "record an organisation's answer (after the deadline it is flagged late)", (flags) => ({
    organisationId: flags.org,
    kind: flags.kind,
    receivedOn: flags.received,
    text: flags.text,
    documentRef: flags.documentRef,
  }))
    .option('--org <ORG>', 'the organisation that answers')
    .option('--kind <KIND>', 'comments, no-comments or declines')
    .option('--received <YYYY-MM-DD>')
    .option('--text <TEXT>')
    .option('--document-ref <REF>', 'the answer\'s registration number, such as "Dnr 2026/14"');
  on('extend', 'move the deadline later', (flags) => ({ deadline: flags.deadline, reason: flags.reason }))
    .option('--deadline <YYYY-MM-DD>')
    .option('--reason <TEXT>');
  on('add', 'invite one more organisation', (flags) => ({ organisationId: flags.org })).addOption(
    required('--org <ORG>', 'the organisation to invite', 'org: is required'),
  );
  on('withdraw', 'take an organisation off the round', (flags) => ({ organisationId: flags.org, reason: flags.reason }))
    .option('--org <ORG>')
    .option('--reason <TEXT>');
  on('close', 'close the round; the guideline then awaits its decision', (flags) => ({ reason: flags.reason })).option('--reason <TEXT>');
  on('progress', 'totals, per sub-region, and who has not answered', () => ({}));
  on('export', 'the answers as CSV, one row per organisation', () => ({}));
}

const roundNumber = countingNumber(() => 'round: must be a round number such as 1');

export async function runConsultationCommand(command: ConsultationCommand, consultations: ConsultationClient): Promise<Output> {
  const { id, round, input } = command;
  switch (command.action) {
    case 'start':
      return shown((await consultations.start(id, input)).round, describeRound);
    case 'answer':
      return shown(await consultations.recordResponse(id, round, input), describeResponse);
    case 'extend':
      return shown(await consultations.extendDeadline(id, round, input), describeRound);
    case 'add':
      return shown(await consultations.addRecipient(id, round, String(input.organisationId)), describeRound);
    case 'withdraw':
      return shown(await consultations.withdrawRecipient(id, round, input), describeRound);
    case 'close':
      return shown(await consultations.close(id, round, input), describeRound);
    case 'progress':
      return shown(await consultations.progress(id, round), describeRound);
    case 'export':
      return document(await consultations.exportCsv(id, round));
  }
}
