import fs from 'node:fs';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { loadSettings } from '../config';
import { GuidelineBody, GuidelineKind, GuidelineStatus, GuidelineValidUntil } from '../workflows/guideline/searchAttributes';
import { devServerExecutable } from '../tools/serverExecutables';
import { createWorker } from './createWorker';
import { workflowBundle } from './workflowBundle';

/**
 * The main job on the embedded default: Temporal's dev server with its SQLite file and web UI, and the
 * worker, all in one process. The SDK's ephemeral-server manager runs the dev server, so where tools/ found
 * no Go it downloads the CLI itself. Ctrl-C drains the worker, then stops the server; the SQLite file keeps
 * every workflow and timer for the next start.
 */
async function main() {
  const settings = loadSettings();
  const { namespace } = settings.temporal;
  const port = Number(settings.temporal.connection.address.split(':').pop());
  const uiPort = settings.TEMPORAL_UI_PORT ?? port + 1000;
  const dbFilename = path.join(settings.DATA_DIR, 'temporal.sqlite');
  fs.mkdirSync(settings.DATA_DIR, { recursive: true });
  const started = Date.now();
  // The dev server starts in a process of its own, so bundling after a change of the workflow code overlaps it.
  const [server, bundle] = await Promise.all([
    TestWorkflowEnvironment.createLocal({
      server: {
        executable: devServerExecutable(),
        dbFilename,
        namespace,
        port,
        ui: true,
        uiPort,
        searchAttributes: [GuidelineValidUntil, GuidelineStatus, GuidelineBody, GuidelineKind],
      },
    }),
    workflowBundle(),
  ]);
  // The embedded server is local and plain: the address, TLS and API key configured are for a cluster.
  const { worker, run } = await createWorker({ ...settings, temporal: { namespace, connection: { address: server.address } } }, bundle);
  const running = run();
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => worker.getState() === 'RUNNING' && (clearInterval(poll), resolve()), 50);
  });
  console.log(
    [
      `main job ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  Temporal     ${server.address} (namespace ${namespace}), SQLite ${dbFilename}`,
      `  web UI       http://localhost:${uiPort}`,
      `  mail         ${settings.SMTP_URL ? settings.SMTP_URL.replace(/\/\/[^@]*@/, '//***@') : path.join(settings.DATA_DIR, 'outbox')}`,
      `  ledger       ${path.join(settings.DATA_DIR, 'ledger.sqlite')}`,
      '  Ctrl-C stops everything; the next start continues where this one stopped.',
    ].join('\n'),
  );
  await running;
  await server.teardown();
  console.log('main job stopped');
}

main().catch((err) => {
  console.error(`main job: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
});
