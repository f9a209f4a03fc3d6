import type { Client } from '@temporalio/client';
import type { Store } from '../activities/store/database';
import { SecretaryOf, writeProjection } from '../activities/store/readModel';
import { parseWorkflowId } from '../domain/ids';
import { readModelQuery } from '../workflows/kit/readModelApi';

/** The workflow kinds that have a row in the read model: every kind but the yearly tasks' runs. */
const projected = new Set(['guideline', 'consultation', 'implementation', 'follow-up', 'meeting', 'principals', 'commission']);

export interface ReindexResult {
  written: number;
  /** Workflows that did not answer (terminated before the read model existed, or past Temporal's retention). */
  failed: Array<{ workflowId: string; reason: string }>;
}

/**
 * Rebuilds the read model from the workflows: empties it, then writes each workflow's projection as its read-model
 * Query gives it. Rows are written at version 0, so a workflow that publishes meanwhile keeps its own.
 */
export async function reindex(client: Client, db: Store, secretaryOf: SecretaryOf): Promise<ReindexResult> {
  const ids = new Set<string>();
  for await (const execution of client.workflow.list()) {
    const ref = parseWorkflowId(execution.workflowId);
    if (ref && projected.has(ref.kind)) ids.add(execution.workflowId);
  }
  await db.deleteFrom('subjects').execute();
  const result: ReindexResult = { written: 0, failed: [] };
  for (const workflowId of [...ids].sort()) {
    try {
      const projection = await client.workflow.getHandle(workflowId).query(readModelQuery);
      await writeProjection(db, { ...projection, version: 0 }, secretaryOf);
      result.written++;
    } catch (err) {
      result.failed.push({ workflowId, reason: err instanceof Error ? err.message : String(err) });
    }
  }
  return result;
}
