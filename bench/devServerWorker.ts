import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createActivities } from '../activities';
import { Ledger } from '../activities/ledger';
import { openDatabase } from '../activities/store/database';
import { createMailTransport } from '../activities/mailTransport';
import { devServerExecutable } from '../tools/serverExecutables';
import { bodies } from '../test/support/lifecycleEnvironment';
import { GuidelineBody, GuidelineKind, GuidelineStatus, GuidelineValidUntil } from '../workflows/guideline/searchAttributes';
import { workflowBundle } from '../worker/workflowBundle';
import { testLinks } from '../test/support/links';

export interface DevServerWorker {
  server: TestWorkflowEnvironment;
  ledger: Ledger;
  /** Stops the worker and the server and removes the benchmark's files. */
  stop(): Promise<void>;
}

/** A fresh dev server with the engine's worker and real activities writing to a temporary folder. */
export async function startDevServerWorker(name: string, taskQueue: string): Promise<DevServerWorker> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
  const server = await TestWorkflowEnvironment.createLocal({
    server: { executable: devServerExecutable(), searchAttributes: [GuidelineValidUntil, GuidelineStatus, GuidelineBody, GuidelineKind] },
  });
  const ledger = new Ledger(path.join(dir, 'ledger.sqlite'));
  const store = await openDatabase({ sqliteFile: path.join(dir, 'ledger.sqlite') });
  const worker = await Worker.create({
    connection: server.nativeConnection,
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities: createActivities({
      ledger,
      store,
      mail: createMailTransport({ outboxDir: path.join(dir, 'outbox') }),
      from: 'bench@localhost',
      bodies,
      client: server.client,
      taskQueue,
      reportsDir: path.join(dir, 'reports'),
      links: testLinks,
    }),
  });
  const running = worker.run();
  return {
    server,
    ledger,
    stop: async () => {
      worker.shutdown();
      await running;
      ledger.close();
      await store.destroy();
      await server.teardown();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
