import type { Act } from '../../domain/access';
import { ValidationError } from '../../domain/validation';
import { recordAct } from '../../activities/store/acts';
import { AppDeps, nowOf, SignedInUser } from './env';

/**
 * Does an act through a typed client and records who did it, on what, and how it ended: `done`, the refusal's
 * type, or `failed`. The typed clients take no actor yet, so the record is the API's own table (api_acts)
 * until the ledger records the actor with the act itself.
 */
export async function performed<T>(deps: AppDeps, user: SignedInUser, act: Act, target: string, run: () => Promise<T>): Promise<T> {
  const record = (outcome: string) =>
    recordAct(deps.db, {
      at: nowOf(deps).toISOString(),
      user_id: user.id,
      username: user.username,
      act,
      target,
      outcome,
    });
  let result: T;
  try {
    result = await run();
  } catch (err) {
    await record(err instanceof ValidationError ? err.type : 'failed');
    throw err;
  }
  await record('done');
  return result;
}
