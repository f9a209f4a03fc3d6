import { WorkflowHandle, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Failure, isRefusalType } from '../domain/failures';
import { ValidationError } from '../domain/validation';

/** Reads a workflow's state, turning an unknown workflow into a refusal that names the id. */
export async function readState<T>(read: () => Promise<T>, notFound: string): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) throw new ValidationError([notFound], Failure.NotFound);
    throw err;
  }
}

/** The refusal a workflow's validator or handler gave, with its type; anything else is not a refusal. */
export function refusalOf(err: unknown): ValidationError | undefined {
  if (!(err instanceof WorkflowUpdateFailedError)) return undefined;
  const cause = err.cause;
  if (!(cause instanceof ApplicationFailure) || !isRefusalType(cause.type)) return undefined;
  const [problems] = cause.details ?? [];
  return new ValidationError(Array.isArray(problems) ? (problems as string[]) : [cause.message], cause.type);
}

/**
 * Runs an Update and turns every way it can be refused into a ValidationError naming the field: an unknown
 * workflow, a state that has ended (a completed workflow takes no Updates, so that is checked on its queried
 * state first), and the workflow's own validator.
 */
export async function runUpdate<V, R>(options: {
  handle: WorkflowHandle;
  read: () => Promise<V>;
  notFound: string;
  problemWith: (state: V) => string | undefined;
  run: () => Promise<R>;
}): Promise<R> {
  const state = await readState(options.read, options.notFound);
  const problem = options.problemWith(state);
  if (problem) throw new ValidationError([problem], Failure.WrongState);
  try {
    return await options.run();
  } catch (err) {
    const refused = refusalOf(err);
    if (refused) throw refused;
    if (err instanceof WorkflowUpdateFailedError) throw new ValidationError([err.cause?.message ?? err.message]);
    // The workflow ended between the read and the Update (a round closed meanwhile): say why, as above.
    if (err instanceof WorkflowNotFoundError) {
      const now = await readState(options.read, options.notFound);
      throw new ValidationError([options.problemWith(now) ?? options.notFound], Failure.WrongState);
    }
    throw err;
  }
}
