import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../activities/store/database';
import { findUserByUsername } from '../../activities/store/users';
import { parseCommand } from '../../client/cli/program';
import { CommandLineRefusal } from '../../client/cli/refusals';
import { runUsersCommand } from '../../client/cli/users';
import { ValidationError } from '../../domain/validation';

describe('npm run cli -- users add', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'users-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const add = ['users', 'add', '--username', 'anna', '--name', 'Anna Andersson', '--role', 'process-owner'];

  test('reads the account from its flags and never a password from the command line', () => {
    expect(parseCommand(add)).toEqual({
      name: 'users',
      action: 'add',
      username: 'anna',
      fullName: 'Anna Andersson',
      role: 'process-owner',
      json: false,
    });
    expect(() => parseCommand([...add, '--password', 'secret'])).toThrow(CommandLineRefusal);
    expect(() => parseCommand(['users', 'add', '--username', 'anna'])).toThrow(
      expect.objectContaining({ problems: ['users add: needs --name --role'] }),
    );
  });

  test('adds the account with its password hashed; a refused password opens no database', async () => {
    const sqliteFile = path.join(dir, 'ledger.sqlite');
    const openStore = jest.fn(() => openDatabase({ sqliteFile }));
    const command = parseCommand(add);
    if (command.name !== 'users') throw new Error('not a users command');

    const refused = await runUsersCommand(command, { readPassword: async () => 'short', openStore }).catch((e: unknown) => e);
    expect(refused).toEqual(expect.objectContaining({ problems: ['password: must be at least 12 characters'] }));
    expect(refused).toBeInstanceOf(ValidationError);
    expect(openStore).not.toHaveBeenCalled();

    const output = await runUsersCommand(command, { readPassword: async () => 'a long enough password', openStore });
    expect('text' in output && output.text()).toBe('added anna (Anna Andersson) as process-owner');
    const db = await openDatabase({ sqliteFile });
    try {
      expect(await findUserByUsername(db, 'anna')).toMatchObject({
        name: 'Anna Andersson',
        role: 'process-owner',
        password_hash: expect.stringMatching(/^scrypt\$/),
      });
    } finally {
      await db.destroy();
    }
  });
});
