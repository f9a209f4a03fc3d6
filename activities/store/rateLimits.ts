import { sql } from 'kysely';
import type { Store } from './database';

export interface RateLimit {
  /** How many uses a window allows. */
  limit: number;
  windowMs: number;
}

/**
 * Counts one use of `key` and says whether it is within the limit: a fixed window, counted in the database so that
 * every process sharing it counts together, and atomic, so two uses at once are two. The first use of a window
 * clears the key's older windows.
 */
export async function withinLimit(db: Store, key: string, { limit, windowMs }: RateLimit, now = Date.now()): Promise<boolean> {
  const windowStart = now - (now % windowMs);
  const { count } = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet({ count: sql<number>`rate_limits.count + 1` }))
    .returning('count')
    .executeTakeFirstOrThrow();
  if (Number(count) === 1) await db.deleteFrom('rate_limits').where('key', '=', key).where('window_start', '<', windowStart).execute();
  return Number(count) <= limit;
}
