import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker, WorkflowBundlePath } from '@temporalio/worker';
import { createActivities } from '../activities';
import { Ledger } from '../activities/ledger';
import { openDatabase } from '../activities/store/database';
import { createMailTransport } from '../activities/mailTransport';
import { loadBodies, ledgerFile, outboxDir, reportsDir, Settings } from '../config';
import { loadLinkSettings } from '../config/links';
import { heapLimitMb, workerSizing, WorkerSizing } from './workerSizing';

export interface RunningWorker {
  worker: Worker;
  ledger: Ledger;
  sizing: WorkerSizing;
  /** Resolves when the worker has stopped and its resources are closed. */
  run(): Promise<void>;
}

/**
 * A worker for every workflow (from their bundle, worker/workflowBundle.ts) and activity, on a connection to the
 * server the settings name, with its workflow cache and concurrency sized to its heap (worker/workerSizing.ts).
 */
export async function createWorker(
  settings: Settings,
  workflowBundle: WorkflowBundlePath,
  connection: NativeConnection,
): Promise<RunningWorker> {
  const sizing = workerSizing(settings, heapLimitMb());
  const clientConnection = await Connection.connect(settings.temporal.connection);
  const client = new Client({ connection: clientConnection, namespace: settings.temporal.namespace });
  const ledger = new Ledger(ledgerFile(settings));
  const store = await openDatabase({ sqliteFile: ledgerFile(settings) });
  const mail = createMailTransport({ smtpUrl: settings.SMTP_URL, outboxDir: outboxDir(settings) });
  const worker = await Worker.create({
    connection,
    namespace: settings.temporal.namespace,
    taskQueue: settings.TEMPORAL_TASK_QUEUE,
    workflowBundle,
    maxCachedWorkflows: sizing.maxCachedWorkflows,
    maxConcurrentWorkflowTaskExecutions: sizing.maxConcurrentWorkflowTaskExecutions,
    activities: createActivities({
      ledger,
      store,
      mail,
      from: settings.MAIL_FROM,
      bodies: loadBodies(settings),
      client,
      taskQueue: settings.TEMPORAL_TASK_QUEUE,
      reportsDir: reportsDir(settings),
      links: loadLinkSettings(settings),
    }),
  });
  return {
    worker,
    ledger,
    sizing,
    run: async () => {
      try {
        await worker.run();
      } finally {
        mail.close();
        ledger.close();
        await store.destroy();
        await clientConnection.close();
        await connection.close();
      }
    },
  };
}
