import { Command } from 'commander';
import { ValidationError } from '../../domain/validation';
import type { ReindexResult } from '../reindex';
import { wantsJson } from './declare';
import { Output, shown } from './output';

export type ReindexCommand = { name: 'reindex'; json: boolean };

export const isReindexCommand = (command: { name: string }): command is ReindexCommand => command.name === 'reindex';

export function declareReadModelCommands(program: Command, emit: (command: ReindexCommand) => void): void {
  program
    .command('reindex')
    .description('rebuild the tables the pages read (guidelines, rounds, meetings, mail to come) from the workflows')
    .allowExcessArguments()
    .action((_flags: object, command: Command) => {
      if (command.args.length) throw new ValidationError([`unexpected argument: ${command.args[0]}`]);
      emit({ name: 'reindex', json: wantsJson(command) });
    });
}

export async function runReindexCommand(reindex: () => Promise<ReindexResult>): Promise<Output> {
  return shown(await reindex(), (r) =>
    [`reindexed ${r.written} workflows`, ...r.failed.map((f) => `not reindexed: ${f.workflowId}: ${f.reason}`)].join('\n'),
  );
}
