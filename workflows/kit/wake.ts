import { condition, sleep } from '@temporalio/workflow';
import { publishChanges } from './readModel';

const untilInstant = (at: string) => Math.max(1, Date.parse(at) - Date.now());

/**
 * Sleeps until the instant `at` (an ISO string), or until `changed()` turns true, whichever comes first, and says
 * which. With no instant it waits for the change alone. A change that lands in the same activation as the timer
 * counts as a change, so a moved deadline never fires a stale reminder. The read model is brought up to date first.
 */
export async function wakeAtOrOnChange(at: string | undefined, changed: () => boolean): Promise<'due' | 'changed'> {
  const publishing = publishChanges();
  if (publishing) await publishing;
  if (at === undefined) {
    await condition(changed);
    return 'changed';
  }
  const interrupted = await condition(changed, untilInstant(at));
  return interrupted || changed() ? 'changed' : 'due';
}

/** Sleeps until the instant `at`: a wake-up that nothing moves. The read model is brought up to date first. */
export async function wakeAt(at: string): Promise<void> {
  const publishing = publishChanges();
  if (publishing) await publishing;
  await sleep(untilInstant(at));
}
