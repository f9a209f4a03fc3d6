import { Command } from 'commander';
import { ValidationError } from '../../domain/validation';
import { wantsJson } from './declare';
import { document, Output } from './output';

export type SetupCommand = { name: 'setup-search-attributes'; json: boolean };

export function declareSetupCommands(program: Command, emit: (command: SetupCommand) => void): void {
  program
    .command('setup-search-attributes')
    .description("create the engine's search attributes, once per namespace on a self-hosted cluster")
    .allowExcessArguments()
    .action((_flags: object, command: Command) => {
      if (command.args.length) throw new ValidationError([`unexpected argument: ${command.args[0]}`]);
      emit({ name: 'setup-search-attributes', json: wantsJson(command) });
    });
}

export async function runSetupCommand(setup: () => Promise<void>): Promise<Output> {
  await setup();
  return document('search attributes ready');
}
