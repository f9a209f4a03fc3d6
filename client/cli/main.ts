import { Client } from '@temporalio/client';
import { ledgerFile, loadBodies, loadSettings, loadYearlyTasks } from '../../config';
import { openDatabase } from '../../activities/store/database';
import { ValidationError } from '../../domain/validation';
import { connectGuidelineClient } from '../connect';
import { reindex } from '../reindex';
import { registerSearchAttributes } from '../searchAttributes';
import { Output, printable, render } from './output';
import { parseCommand } from './program';
import { CommandLineRefusal } from './refusals';
import { readPassword } from './password';
import { run } from './run';
import { isUsersCommand, runUsersCommand } from './users';

const DONE = 0;
const COULD_NOT_RUN = 1;
const REFUSED = 2;

// A problem quotes what it refuses, which may be anything a user typed.
const problems = (err: ValidationError) => err.problems.map((p) => `error: ${printable(p)}`).join('\n');

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommand(argv);
  } catch (err) {
    if (!(err instanceof CommandLineRefusal)) throw err;
    console.error(`${problems(err)}\n\n${err.usage.trimEnd()}`);
    return REFUSED;
  }
  if (command.name === 'help') {
    process.stdout.write(command.text);
    return DONE;
  }
  // Unreadable settings or directories are the installation's fault, not the input's: they fall through to 1.
  const settings = loadSettings();
  if (isUsersCommand(command)) {
    return answer(command.json, () =>
      runUsersCommand(command, { readPassword, openStore: () => openDatabase({ sqliteFile: ledgerFile(settings) }) }),
    );
  }
  const { connection, close, ...clients } = await connectGuidelineClient(settings);
  try {
    return await answer(command.json, () =>
      run(command, {
        ...clients,
        yearlyTasksFile: () => loadYearlyTasks(settings),
        setupSearchAttributes: () => registerSearchAttributes(connection, settings.temporal.namespace),
        reindex: async () => {
          const bodies = loadBodies(settings).bodies;
          const db = await openDatabase({ sqliteFile: ledgerFile(settings) });
          try {
            const client = new Client({ connection, namespace: settings.temporal.namespace });
            return await reindex(client, db, (body) => bodies.find((b) => b.id === body)?.secretary);
          } finally {
            await db.destroy();
          }
        },
      }),
    );
  } finally {
    await close();
  }
}

/** Prints what a command gave; every refusal (invalid input, wrong state, not found, busy) is the input's to correct. */
async function answer(json: boolean, work: () => Promise<Output>): Promise<number> {
  try {
    console.log(render(await work(), json));
    return DONE;
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    console.error(problems(err));
    return REFUSED;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`error: ${printable(err instanceof Error ? err.message : String(err))}`);
    process.exit(COULD_NOT_RUN);
  },
);
