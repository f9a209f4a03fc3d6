import crypto from 'node:crypto';
import type { Store } from './database';
import type { ApiActsTable } from './tables';

export type ActRow = ApiActsTable;

export async function recordAct(db: Store, act: Omit<ActRow, 'id'>): Promise<void> {
  await db
    .insertInto('api_acts')
    .values({ id: crypto.randomUUID(), ...act })
    .execute();
}

/** The acts, newest first, as a query a caller pages through. */
export const actsNewestFirst = (db: Store) => db.selectFrom('api_acts').selectAll().orderBy('at', 'desc').orderBy('id', 'desc');
