import { patched, proxyLocalActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../../activities/types';
import type { Contact } from '../../domain/directory/contact';
import type { Addressee, Projection } from '../../domain/readModel';
import { uniqueContacts } from './mail';
import { readModelQuery } from './readModelApi';

/** Runs started before the read model existed publish nothing until they reach new code. */
const READ_MODEL = 'read-model';

// A row's write is local; retried while the database is away.
const { recordProjection } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** Each address once, with only what the read model keeps of a contact. */
export const addresseesOf = (contacts: readonly Contact[]): Addressee[] =>
  uniqueContacts(contacts).map(({ name, email, organisationId }) => ({ name, email, organisationId }));

// Module state is the workflow's own: the SDK gives every workflow execution its own copy of its modules.
let publisher: (() => Promise<void> | undefined) | undefined;

/**
 * Makes this workflow's projection its row in the read model: the read-model Query answers with it, and
 * `publishChanges` writes it whenever it has changed. The kit's helpers publish after every validated Update and
 * before every wait, so pages read what the last act did. Each write carries a version from workflow time, so an
 * earlier state never overwrites a later one that was written first, also across continue-as-new.
 */
export function readModel(project: () => Projection): void {
  setHandler(readModelQuery, project);
  let published = '';
  let writes = 0;
  publisher = () => {
    const projection = project();
    const text = JSON.stringify(projection);
    if (text === published || !patched(READ_MODEL)) return undefined;
    published = text;
    return recordProjection({ ...projection, version: Date.now() * 1000 + (writes++ % 1000) });
  };
}

/**
 * Writes the projection if it has changed. Nothing to write gives no promise, so that a caller which awaits only a
 * promise takes no extra step: runs recorded before the read model replay their commands in the same order.
 */
export const publishChanges = (): Promise<void> | undefined => publisher?.();
