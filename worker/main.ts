import { loadSettings } from '../config';
import { createWorker } from './createWorker';
import { workflowBundle } from './workflowBundle';

/** The worker process: `npm run worker`. SIGINT/SIGTERM drain it (the SDK installs those handlers). */
async function main() {
  const settings = loadSettings();
  const { run } = await createWorker(settings, await workflowBundle());
  const { connection, namespace } = settings.temporal;
  console.log(`worker: polling ${settings.TEMPORAL_TASK_QUEUE} on ${connection.address}/${namespace}`);
  await run();
}

main().catch((err) => {
  console.error(`worker: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
