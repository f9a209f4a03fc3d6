import { loadSettings } from '../config';
import { ChildReport, LOCAL_SERVER_FLAG, withLocalServer } from '../config/mainJob';
import { createWorker } from './createWorker';
import { waitForServer } from './waitForServer';
import { workflowBundle } from './workflowBundle';

/**
 * The worker process: `npm run worker`, or the main job's worker. It waits for its server with backoff, and
 * SIGINT/SIGTERM drain it (the SDK's handlers; before the worker exists, ours). Under the main job it reports
 * when it polls, and stops when the main job is gone, so that no worker outlives it.
 */
async function main() {
  const local = process.argv.includes(LOCAL_SERVER_FLAG);
  const settings = withLocalServer(loadSettings(), process.argv.slice(2));
  const stop = new AbortController();
  const abort = () => stop.abort();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, abort);
  process.once('disconnect', abort);

  const bundle = await workflowBundle();
  const { connection: options, namespace } = settings.temporal;
  const connection = await waitForServer(options, { signal: stop.signal, quietMs: local ? 5000 : 0 });
  if (!connection) {
    console.error('worker: stopped before Temporal answered');
    if (process.connected) process.disconnect();
    return;
  }
  const { worker, run, sizing } = await createWorker(settings, bundle, connection);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, abort);
  process.off('disconnect', abort);
  const running = run();
  const drain = () => worker.getState() === 'RUNNING' && worker.shutdown();
  if (stop.signal.aborted || (process.send && !process.connected)) drain();
  else process.once('disconnect', drain);
  console.log(
    `worker: polling ${settings.TEMPORAL_TASK_QUEUE} on ${options.address}/${namespace} ` +
      `(heap ${sizing.heapMb} MB: up to ${sizing.maxCachedWorkflows} workflows cached, ${sizing.maxConcurrentWorkflowTaskExecutions} workflow tasks at once)`,
  );
  if (process.connected) process.send?.({ worker: 'running' } satisfies ChildReport);
  await running;
  // The channel to the main job would keep this process alive.
  if (process.connected) process.disconnect();
}

main().catch((err) => {
  console.error(`worker: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
