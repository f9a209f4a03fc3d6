import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Runtime, DefaultLogger, Worker, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createActivities } from '../../activities';
import { Ledger } from '../../activities/ledger';
import { openDatabase, Store } from '../../activities/store/database';
import { createMailTransport } from '../../activities/mailTransport';
import type { BodyDirectory } from '../../domain/meeting/bodies';
import { stockholmInstant } from '../../domain/calendar/dates';
import { guidelineWorkflowId } from '../../domain/ids';
import { registerSearchAttributes } from '../../client/searchAttributes';
import { testServerExecutable } from '../../tools/serverExecutables';
import { bodies } from './directories';
import { testLinks } from './links';

export const TASK_QUEUE = 'guidelines-test';
export { bodies };

Runtime.install({ logger: new DefaultLogger('WARN') });

/**
 * The time-skipping server with a worker running the real activities against a temporary ledger and
 * outbox. The server's clock starts at the real now and only moves forward, so scenarios first skip to
 * a fixed instant and state their dates from there.
 */
export class LifecycleEnvironment {
  private constructor(
    readonly env: TestWorkflowEnvironment,
    readonly ledger: Ledger,
    /** The read model, in the ledger's file as the worker keeps it. */
    readonly store: Store,
    readonly outbox: string,
    private readonly worker: Worker,
    private readonly running: Promise<void>,
  ) {}

  static bundle(): Promise<WorkflowBundleWithSourceMap> {
    return bundleWorkflowCode({ workflowsPath: require.resolve('../../workflows'), logger: new DefaultLogger('WARN') });
  }

  /**
   * Mail goes to the outbox, or over SMTP to `smtpUrl` when a test needs a real server's answers.
   * `directory` replaces the shipped bodies file, for meeting calendars in the years a scenario runs in.
   */
  static async start(
    workflowBundle: WorkflowBundleWithSourceMap,
    smtpUrl?: string,
    directory: BodyDirectory = bodies,
  ): Promise<LifecycleEnvironment> {
    const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: testServerExecutable() } });
    await registerSearchAttributes(env.connection, env.namespace ?? 'default');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guidelines-'));
    const ledger = new Ledger(path.join(dir, 'ledger.sqlite'));
    const store = await openDatabase({ sqliteFile: path.join(dir, 'ledger.sqlite') });
    const outbox = path.join(dir, 'outbox');
    const mail = createMailTransport({ smtpUrl, outboxDir: outbox });
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue: TASK_QUEUE,
      workflowBundle,
      activities: createActivities({
        ledger,
        store,
        mail,
        from: 'Riktlinjer <riktlinjer@test.invalid>',
        bodies: directory,
        client: env.client,
        taskQueue: TASK_QUEUE,
        reportsDir: path.join(dir, 'reports'),
        links: testLinks,
      }),
    });
    return new LifecycleEnvironment(env, ledger, store, outbox, worker, worker.run());
  }

  /** Moves the server's clock forward to a Stockholm date and time, firing every timer on the way. */
  async skipTo(date: string, time = '12:00'): Promise<void> {
    const target = Date.parse(stockholmInstant(date, time));
    const now = await this.env.currentTimeMs();
    if (target <= now) throw new Error(`the server's clock is already past ${date} ${time}`);
    await this.env.sleep(target - now);
  }

  async runId(guidelineId: string): Promise<string> {
    return (await this.env.client.workflow.getHandle(guidelineWorkflowId(guidelineId)).describe()).runId;
  }

  /**
   * Waits until the guideline's workflow has continued as new. The time-skipping server can leave a query
   * that arrives while a run hands over to the next one unanswered; the dev server routes it to the new run.
   */
  async untilNewRun(guidelineId: string, previousRunId: string): Promise<void> {
    for (let i = 0; i < 200; i++) {
      if ((await this.runId(guidelineId)) !== previousRunId) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${guidelineWorkflowId(guidelineId)} did not continue as new`);
  }

  /** Polls a condition that a workflow reaches on its own shortly after a test's last step. */
  async until(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error('condition not reached');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  outboxFiles(): string[] {
    return fs.existsSync(this.outbox) ? fs.readdirSync(this.outbox).sort() : [];
  }

  async stop(): Promise<void> {
    this.worker.shutdown();
    await this.running;
    this.ledger.close();
    await this.store.destroy();
    await this.env.teardown();
  }
}
