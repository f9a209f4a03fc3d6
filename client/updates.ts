import { WorkflowHandle, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ValidationError } from '../domain/validation';

/** Reads a workflow's state, turning an unknown workflow into a ValidationError that names the id. */
export async function readState<T>(read: () => Promise<T>, notFound: string): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (err instanceof WorkflowNotFoundError) throw new ValidationError([notFound]);
    throw err;
  }
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
  if (problem) throw new ValidationError([problem]);
  try {
    return await options.run();
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError) throw new ValidationError([err.cause?.message ?? err.message]);
    // The workflow ended between the read and the Update (a round closed meanwhile): say why, as above.
    if (err instanceof WorkflowNotFoundError) {
      const now = await readState(options.read, options.notFound);
      throw new ValidationError([options.problemWith(now) ?? options.notFound]);
    }
    throw err;
  }
}
