import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrations } from './migrations';
import type { Tables } from './tables';

export type Store = Kysely<Tables>;

/** Where the database is: the SQLite file the ledger shares (PostgreSQL joins through DATABASE_URL later). */
export interface DatabaseLocation {
  sqliteFile: string;
}

/**
 * Opens the database and brings its schema to the latest version. Safe on every start and from several
 * processes at once: applied migrations are skipped, and SQLite runs one migrator at a time (busy_timeout
 * makes the others wait). Tables it does not know, such as the ledger's, are left as they are.
 */
export async function openDatabase(location: DatabaseLocation): Promise<Store> {
  fs.mkdirSync(path.dirname(location.sqliteFile), { recursive: true });
  const sqlite = new SQLite(location.sqliteFile);
  // The same settings as the ledger's connection to this file: WAL so readers never wait on the worker.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    await migrateToLatest(db);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return db;
}

async function migrateToLatest(db: Kysely<Tables>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`database migration ${failed ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
