import { loadSettings } from '../../config';
import { ValidationError } from '../../domain/validation';
import { workerSizing } from '../../worker/workerSizing';

const unset = { WORKER_MAX_CACHED_WORKFLOWS: undefined, WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: undefined };

describe("the worker's workflow cache and concurrency", () => {
  test('by default from the heap the main job gives its worker (192 MB of old space, 240 MB of heap)', () => {
    expect(loadSettings({}).WORKER_HEAP_MB).toBe(192);
    expect(workerSizing(unset, 240)).toEqual({ heapMb: 240, maxCachedWorkflows: 37, maxConcurrentWorkflowTaskExecutions: 18 });
  });

  test('a larger heap holds more workflows, and the tasks at once stop at the SDK default of 40', () => {
    expect(workerSizing(unset, 4144)).toEqual({ heapMb: 4144, maxCachedWorkflows: 1338, maxConcurrentWorkflowTaskExecutions: 40 });
  });

  test('for any heap the derived cache leaves the reserve free, and every task has its workflow cached', () => {
    for (let heapMb = 128; heapMb <= 70_000; heapMb += 7) {
      const { maxCachedWorkflows, maxConcurrentWorkflowTaskExecutions } = workerSizing(unset, heapMb);
      expect(maxCachedWorkflows).toBeGreaterThanOrEqual(2);
      if (heapMb >= 134) expect(128 + 3 * maxCachedWorkflows).toBeLessThanOrEqual(heapMb);
      expect(maxConcurrentWorkflowTaskExecutions).toBeLessThanOrEqual(maxCachedWorkflows);
    }
  });

  test('explicit settings win', () => {
    expect(workerSizing({ WORKER_MAX_CACHED_WORKFLOWS: 500, WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: 10 }, 240)).toEqual({
      heapMb: 240,
      maxCachedWorkflows: 500,
      maxConcurrentWorkflowTaskExecutions: 10,
    });
    expect(workerSizing({ ...unset, WORKER_MAX_CACHED_WORKFLOWS: 6 }, 240).maxConcurrentWorkflowTaskExecutions).toBe(3);
  });

  test('more tasks at once than cached workflows is refused, naming the setting and the cache', () => {
    expect(() => workerSizing({ WORKER_MAX_CACHED_WORKFLOWS: 10, WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: 20 }, 240)).toThrow(
      new ValidationError(['WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: at most the workflow cache (10); every task needs its workflow cached']),
    );
    expect(() => workerSizing({ ...unset, WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: 40 }, 240)).toThrow(/cache \(37, from a heap of 240 MB\)/);
  });

  test.each([
    [{ WORKER_HEAP_MB: '64' }, 'WORKER_HEAP_MB: '],
    [{ WORKER_HEAP_MB: 'lots' }, 'WORKER_HEAP_MB: '],
    [{ WORKER_MAX_CACHED_WORKFLOWS: '1' }, 'WORKER_MAX_CACHED_WORKFLOWS: '],
    [{ WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '2.5' }, 'WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: '],
  ])('the settings are validated at start: %j', (env, message) => {
    expect(() => loadSettings(env)).toThrow(ValidationError);
    try {
      loadSettings(env);
    } catch (err) {
      expect((err as ValidationError).problems.join('\n')).toContain(message);
    }
  });
});
