import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { Ledger } from '../../activities/ledger';
import { openDatabase } from '../../activities/store/database';
import { insertUser } from '../../activities/store/users';

describe('the database beside the ledger (activities/store)', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const tables = async (file: string) => {
    const db = await openDatabase({ sqliteFile: file });
    try {
      const rows = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db);
      return rows.rows.map((r) => r.name);
    } finally {
      await db.destroy();
    }
  };

  test("an existing ledger opens unharmed: its tables and rows stay, the accounts' tables join them", async () => {
    const file = path.join(dir, 'ledger.sqlite');
    const ledger = new Ledger(file);
    const row = {
      key: 'k1',
      workflow_id: 'guideline/x',
      subject_id: 'x',
      kind: 'registered',
      occurred_at: '2026-01-01T00:00:00Z',
      details: '{}',
      recorded_at: '2026-01-01T00:00:00Z',
    };
    ledger.recordOutcome(row);
    ledger.close();

    expect(await tables(file)).toEqual([
      'api_acts',
      'calendar_feeds',
      'contact_preferences',
      'documents',
      'inbound_replies',
      'kysely_migration',
      'kysely_migration_lock',
      'mail_attempts',
      'mails',
      'outcomes',
      'personal_links',
      'rate_limits',
      'sessions',
      'subjects',
      'upcoming_mail',
      'users',
    ]);

    const reopened = new Ledger(file);
    try {
      expect(reopened.outcomes('x')).toEqual([row]);
    } finally {
      reopened.close();
    }
  });

  test('migrating is idempotent: a second start applies nothing and keeps the data', async () => {
    const file = path.join(dir, 'ledger.sqlite');
    const first = await openDatabase({ sqliteFile: file });
    await insertUser(first, { username: 'anna', name: 'Anna', role: 'viewer', password_hash: null }, new Date());
    const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(first);
    await first.destroy();

    const second = await openDatabase({ sqliteFile: file });
    try {
      expect((await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(second)).rows).toEqual(applied.rows);
      expect(await second.selectFrom('users').select('username').execute()).toEqual([{ username: 'anna' }]);
      // A username is taken once, whoever asks.
      expect(await insertUser(second, { username: 'anna', name: 'Other', role: 'admin', password_hash: null }, new Date())).toBeUndefined();
    } finally {
      await second.destroy();
    }
  });

  test('the ledger can start on a file the migrations made first', async () => {
    const file = path.join(dir, 'nested', 'ledger.sqlite');
    await (await openDatabase({ sqliteFile: file })).destroy();
    const ledger = new Ledger(file);
    ledger.close();
    expect(await tables(file)).toContain('outcomes');
  });
});
