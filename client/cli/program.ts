import { Command } from 'commander';
import { ValidationError } from '../../domain/validation';
import { declareCommissionCommands, CommissionCommand } from './commission';
import { declareConsultationCommands, ConsultationCommand } from './consultation';
import { RequiredOption } from './declare';
import { declareFollowUpCommands, FollowUpCommand } from './followUp';
import { declareGuidelineCommands, GuidelineCommand } from './guidelines';
import { declareMeetingCommands, MeetingCommand } from './meeting';
import { declareReadModelCommands, ReindexCommand } from './readModel';
import { CommandLineRefusal, refusal, refuseMissingFlags } from './refusals';
import { declareSetupCommands, SetupCommand } from './setup';
import { declareYearlyTaskCommands, YearlyTaskCommand } from './tasks';
import { declareUsersCommands, UsersCommand } from './users';

/** What the command line asks for, read from argv alone: tests check it without a Temporal server. */
export type CliCommand =
  | GuidelineCommand
  | ConsultationCommand
  | MeetingCommand
  | FollowUpCommand
  | CommissionCommand
  | YearlyTaskCommand
  | SetupCommand
  | ReindexCommand
  | UsersCommand;

export type Help = { name: 'help'; text: string };

/** Thrown where commander would exit after printing help. */
class HelpShown {}

function cliProgram(emit: (command: CliCommand) => void, print: (text: string) => void): Command {
  const program = new Command('npm run cli --')
    .description('The guideline engine: guidelines, consultation rounds, meetings, follow-ups, commissions, yearly tasks.')
    .option('--json', 'print the result as JSON')
    .configureOutput({ writeOut: print, writeErr: () => undefined, outputError: () => undefined })
    .configureHelp({ showGlobalOptions: true })
    .addHelpText('after', '\nExit codes: 0 done, 2 input refused (with the field named), 1 could not run.');
  declareGuidelineCommands(program, emit);
  declareConsultationCommands(program, emit);
  declareMeetingCommands(program, emit);
  declareFollowUpCommands(program, emit);
  declareCommissionCommands(program, emit);
  declareYearlyTaskCommands(program, emit);
  declareSetupCommands(program, emit);
  declareReadModelCommands(program, emit);
  declareUsersCommands(program, emit);
  return program;
}

const everyCommand = (command: Command): Command[] => [command, ...command.commands.flatMap(everyCommand)];

/** A command's usage line names its positionals, then its required flags, as its refusals do. */
function usage(command: Command): void {
  if (command.commands.length) return;
  const args = command.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`));
  const flags = command.options.filter((o) => o instanceof RequiredOption).map((o) => o.flags);
  command.usage([...args, ...flags, '[options]'].join(' '));
}

/**
 * Turns argv into what to do, or the help asked for. Refuses with a CommandLineRefusal that names the field or
 * flag, carrying the usage of the command it reached.
 */
export function parseCommand(argv: string[]): CliCommand | Help {
  const found: { command?: CliCommand } = {};
  let printed = '';
  const program = cliProgram(
    (command) => (found.command = command),
    (text) => (printed += text),
  );
  let reached = program;
  for (const command of everyCommand(program)) {
    usage(command);
    command.exitOverride((err) => {
      throw err.exitCode === 0 ? new HelpShown() : refusal(command, err);
    });
    command.hook('preSubcommand', (_, subcommand) => {
      reached = subcommand;
    });
  }
  program.hook('preAction', (_, command) => refuseMissingFlags(command));
  try {
    program.parse(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof HelpShown) return { name: 'help', text: printed };
    if (err instanceof ValidationError) throw new CommandLineRefusal(err.problems, reached.helpInformation());
    throw err;
  }
  if (!found.command) throw new CommandLineRefusal(['no command given'], program.helpInformation());
  return found.command;
}
