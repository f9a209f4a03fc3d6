import { proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../../activities/types';
import { nowIso } from './time';

/** Ledger writes and lookups on a workflow's own path: retried for as long as the ledger is away. */
export const { recordOutcome, bodySecretary } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});

// A ledger row is a millisecond's local write, done once per answer: as a local activity it needs no
// round trip through the server's task queue, which is what an answer's Update waits for.
export const { recordOutcome: recordOutcomeLocally } = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/**
 * Ledger rows numbered in the order the workflow writes them, so that two rows of the same kind (two answers
 * from one organisation) are both kept, and a replayed or retried write keeps one.
 */
export function sequencedOutcomes(record: typeof recordOutcome, workflowId: string, subjectId: string) {
  let events = 0;
  return (kind: string, details: Record<string, unknown>) =>
    record({ key: `${workflowId}|${++events}|${kind}`, workflowId, subjectId, kind, occurredAt: nowIso(), details });
}

/** Ledger rows under a key of the caller's choosing: a transition that happens once per key (an expiry per end date). */
export function keyedOutcomes(record: typeof recordOutcome, workflowId: string, subjectId: () => string) {
  return (key: string, kind: string, details: Record<string, unknown>) =>
    record({ key: `${workflowId}|${key}`, workflowId, subjectId: subjectId(), kind, occurredAt: nowIso(), details });
}
