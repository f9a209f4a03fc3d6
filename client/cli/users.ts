import { Command } from 'commander';
import { roles } from '../../domain/access';
import type { Store } from '../../activities/store/database';
import { parseOrThrow } from '../../domain/validation';
import { addLocalAccount, newAccountSchema } from '../api/auth/accounts';
import { required, wantsJson } from './declare';
import { Output, shown } from './output';

export type UsersCommand = { name: 'users'; action: 'add'; username: string; fullName: string; role: string; json: boolean };

export const isUsersCommand = (command: { name: string }): command is UsersCommand => command.name === 'users';

export function declareUsersCommands(program: Command, emit: (command: UsersCommand) => void): void {
  const users = program
    .command('users')
    .description('local accounts for the web pages and the API, where no OpenID Connect provider is configured');
  users
    .command('add')
    .description('add a local account; the password is read from standard input, never from the command line')
    .addOption(required('--username <USERNAME>', 'what the person signs in with, such as anna'))
    .addOption(required('--name <NAME>', 'the full name the pages show'))
    .addOption(required('--role <ROLE>', roles.join(', ')))
    .action((flags: { username: string; name: string; role: string }, command: Command) =>
      emit({ name: 'users', action: 'add', username: flags.username, fullName: flags.name, role: flags.role, json: wantsJson(command) }),
    );
}

/** Reads the password and checks the account first, so a refused one has not opened the database. */
export async function runUsersCommand(
  command: UsersCommand,
  deps: { readPassword: () => Promise<string>; openStore: () => Promise<Store> },
): Promise<Output> {
  const account = parseOrThrow(newAccountSchema, {
    username: command.username,
    name: command.fullName,
    role: command.role,
    password: await deps.readPassword(),
  });
  const db = await deps.openStore();
  try {
    const user = await addLocalAccount(db, account);
    return shown(user, (u) => `added ${u.username} (${u.name}) as ${u.role}`);
  } finally {
    await db.destroy();
  }
}
