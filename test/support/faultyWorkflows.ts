import { condition, defineSignal, setHandler } from '@temporalio/workflow';

/** A bug in workflow code: every activation throws a plain Error, as no workflow of the engine may. */
export async function throwsOnEveryActivation(): Promise<void> {
  throw new Error('a bug in workflow code');
}

export const proceed = defineSignal('proceed');

/** A sound workflow beside it, which waits for a signal so that it needs the worker more than once. */
export async function completes(n: number): Promise<number> {
  let proceeding = false;
  setHandler(proceed, () => void (proceeding = true));
  await condition(() => proceeding);
  return n + 1;
}
