import v8 from 'node:v8';
import { ValidationError } from '../domain/validation';
import type { Settings } from '../config';

/**
 * What one cached workflow holds in the workflow thread's heap, with half as much again to spare: it instantiates
 * the workflow and domain modules for itself (about 2 MB, nearly all zod schemas; worker/workflowBundle.ts), then
 * keeps its own state. Measured: a 432 MB heap with an unbounded cache ran out of memory at about 190 guidelines.
 */
const MB_PER_CACHED_WORKFLOW = 3;
/** The workflow thread's own share: the bundle and its source map, the SDK, and the activations in flight. */
const RESERVED_HEAP_MB = 128;
/** The SDK's default; more tasks at once gain nothing on one workflow thread. */
const MAX_WORKFLOW_TASKS = 40;

export interface WorkerSizing {
  heapMb: number;
  maxCachedWorkflows: number;
  maxConcurrentWorkflowTaskExecutions: number;
}

type SizingSettings = Pick<Settings, 'WORKER_MAX_CACHED_WORKFLOWS' | 'WORKER_MAX_CONCURRENT_WORKFLOW_TASKS'>;

/** This process's heap limit; a workflow thread gets the same (node --max-old-space-size sets both). */
export const heapLimitMb = () => Math.floor(v8.getHeapStatistics().heap_size_limit / 2 ** 20);

/**
 * The workflow cache and the workflow tasks at once, from the settings or else from the heap: the cache is
 * what the heap holds, so evicted workflows are replayed on their next task rather than exhausting memory, and
 * a worker runs for ever whatever the number of workflows. Half the cache may be busy at once, so a burst of
 * tasks does not evict the workflows it is about to need.
 */
export function workerSizing(settings: SizingSettings, heapMb: number): WorkerSizing {
  const maxCachedWorkflows =
    settings.WORKER_MAX_CACHED_WORKFLOWS ?? Math.max(2, Math.floor((heapMb - RESERVED_HEAP_MB) / MB_PER_CACHED_WORKFLOW));
  const maxConcurrentWorkflowTaskExecutions =
    settings.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS ?? Math.min(MAX_WORKFLOW_TASKS, Math.max(2, Math.floor(maxCachedWorkflows / 2)));
  if (maxConcurrentWorkflowTaskExecutions > maxCachedWorkflows) {
    throw new ValidationError([
      `WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: at most the workflow cache (${maxCachedWorkflows}${
        settings.WORKER_MAX_CACHED_WORKFLOWS ? '' : `, from a heap of ${heapMb} MB`
      }); every task needs its workflow cached`,
    ]);
  }
  return { heapMb, maxCachedWorkflows, maxConcurrentWorkflowTaskExecutions };
}
