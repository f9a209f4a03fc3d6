import { Command, CommanderError } from 'commander';
import { ValidationError } from '../../domain/validation';
import { RequiredOption } from './declare';

/** A refusal of the command line itself, with the usage of the command it reached. */
export class CommandLineRefusal extends ValidationError {
  constructor(
    problems: string[],
    readonly usage: string,
  ) {
    super(problems);
  }
}

/** The command's words after the program's: `meeting plan`. */
function path(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * Commander's refusals, worded as the CLI has always worded them: a positional is named missing (by its
 * description when it has one) before any flag, a command group names the actions it knows.
 */
export function refusal(command: Command, err: CommanderError): ValidationError {
  if (err.code === 'commander.missingArgument' || err.code === 'commander.excessArguments') {
    return new ValidationError([argumentProblem(command)]);
  }
  // A group (consultation, meeting, …) given no action, or one it does not have.
  const noAction = err.code === 'commander.help' || err.code === 'commander.unknownCommand';
  if (noAction && command.parent) {
    const actions = command.commands.map((c) => c.name()).join(', ');
    return new ValidationError([`${path(command)}: unknown action '${command.args[0] ?? ''}' (${actions})`]);
  }
  if (err.code === 'commander.help') return new ValidationError(['no command given']);
  return new ValidationError([err.message.replace(/^error: /, '').replace(/\n/g, ' ')]);
}

function argumentProblem(command: Command): string {
  const declared = command.registeredArguments;
  const missing = declared.slice(command.args.length).filter((a) => a.required);
  if (missing.length) return `${path(command)}: needs ${missing.map((a) => a.description || a.name()).join(' ')}`;
  return `unexpected arguments: ${command.args.slice(declared.length).join(' ')}`;
}

/** Every required flag a command was given without, once its positionals are in order. */
export function refuseMissingFlags(command: Command): void {
  const missing = command.options.filter(
    (o): o is RequiredOption => o instanceof RequiredOption && command.getOptionValue(o.attributeName()) === undefined,
  );
  if (!missing.length) return;
  throw new ValidationError([missing[0].refusal ?? `${path(command)}: needs ${missing.map((o) => o.long).join(' ')}`]);
}
