import crypto from 'node:crypto';
import type { Store } from './database';
import { everyWordIn } from './textSearch';
import type { ApiActsTable } from './tables';

export type ActRow = ApiActsTable;

export async function recordAct(db: Store, act: Omit<ActRow, 'id'>): Promise<void> {
  await db
    .insertInto('api_acts')
    .values({ id: crypto.randomUUID(), ...act })
    .execute();
}

/** Which acts: on these targets or anything under them (`guideline/x` covers its rounds), holding every word of `text`. */
export interface ActFilter {
  targets?: string[];
  /** Words the act holds: who, which act, on what, how it ended. */
  text?: string;
}

/** The acts, newest first, as a query a caller pages through. */
export function actsNewestFirst(db: Store, filter: ActFilter = {}) {
  let query = db.selectFrom('api_acts').selectAll().orderBy('at', 'desc').orderBy('id', 'desc');
  const targets = filter.targets;
  if (targets) query = query.where((eb) => eb.or(targets.flatMap((t) => [eb('target', '=', t), eb('target', 'like', `${t}/%`)])));
  for (const condition of everyWordIn(['username', 'act', 'target', 'outcome'], filter.text)) query = query.where(condition);
  return query;
}
