import { condition, defineUpdate, setHandler } from '@temporalio/workflow';

export const noteUpdate = defineUpdate<number, [string]>('note');
export const stopUpdate = defineUpdate<void>('stop');

/** The least a workflow can do with an Update: count it. The benchmark's ceiling for Updates per second. */
export async function updateCeiling(): Promise<number> {
  let notes = 0;
  let stopped = false;
  setHandler(noteUpdate, () => ++notes);
  setHandler(stopUpdate, () => void (stopped = true));
  await condition(() => stopped);
  return notes;
}
