import { Command } from 'commander';
import type { CommissionClient } from '../commissions';
import { required, wantsJson } from './declare';
import { describeCommission } from './commissionText';
import { readJsonFile } from './jsonFile';
import { Output, shown } from './output';

export type CommissionCommand =
  | { name: 'commission'; action: 'start'; input: unknown; json: boolean }
  | { name: 'commission'; action: 'show'; id: string; json: boolean }
  | { name: 'commission'; action: 'milestone' | 'move' | 'complete'; id: string; input: unknown; json: boolean };

export const isCommissionCommand = (command: { name: string }): command is CommissionCommand => command.name === 'commission';

/** Field rules are left to the domain schemas, which name the field on failure. */
export function declareCommissionCommands(program: Command, emit: (command: CommissionCommand) => void): void {
  const commission = program
    .command('commission')
    .description("a body's commission to a working group: milestones, reminders, the report back to a meeting");
  commission
    .command('start')
    .description('start a commission')
    .addOption(required('--file <FILE>', 'the commission as JSON (commissionInputSchema in domain/commission/commission.ts)'))
    .action((flags: { file: string }, command: Command) =>
      emit({ name: 'commission', action: 'start', json: wantsJson(command), input: readJsonFile(flags.file) }),
    );
  commission
    .command('show')
    .description('its milestones, moves and upcoming reminders')
    .argument('<ID>')
    .action((id: string, _flags: object, command: Command) => emit({ name: 'commission', action: 'show', id, json: wantsJson(command) }));
  commission
    .command('milestone')
    .description('record a milestone as completed')
    .argument('<ID>')
    .addOption(required('--milestone <M>', 'the milestone id'))
    .addOption(required('--completed-on <YYYY-MM-DD>'))
    .option('--link <URL>', 'what it delivered')
    .action((id: string, flags: { milestone: string; completedOn: string; link?: string }, command: Command) =>
      emit({
        name: 'commission',
        action: 'milestone',
        id,
        json: wantsJson(command),
        input: { milestoneId: flags.milestone, completedOn: flags.completedOn, link: flags.link },
      }),
    );
  commission
    .command('move')
    .description("move a milestone's due date; it is reminded from the new date only")
    .argument('<ID>')
    .addOption(required('--milestone <M>', 'the milestone id'))
    .addOption(required('--due <YYYY-MM-DD>'))
    .addOption(required('--reason <TEXT>'))
    .action((id: string, flags: { milestone: string; due: string; reason: string }, command: Command) =>
      emit({
        name: 'commission',
        action: 'move',
        id,
        json: wantsJson(command),
        input: { milestoneId: flags.milestone, due: flags.due, reason: flags.reason },
      }),
    );
  commission
    .command('complete')
    .description('complete the commission; with a "draft" it starts that guideline as a draft')
    .argument('<ID>')
    .addOption(required('--file <FILE>', 'completedOn, summary and an optional draft guideline'))
    .action((id: string, flags: { file: string }, command: Command) =>
      emit({ name: 'commission', action: 'complete', id, json: wantsJson(command), input: readJsonFile(flags.file) }),
    );
}

export async function runCommissionCommand(command: CommissionCommand, commissions: CommissionClient): Promise<Output> {
  switch (command.action) {
    case 'start':
      return shown(await commissions.start(command.input), describeCommission);
    case 'show':
      return shown(await commissions.show(command.id), describeCommission);
    case 'milestone':
      return shown(await commissions.completeMilestone(command.id, command.input), describeCommission);
    case 'move':
      return shown(await commissions.moveMilestone(command.id, command.input), describeCommission);
    case 'complete':
      return shown(await commissions.complete(command.id, command.input), describeCommission);
  }
}
