import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Worker } from '@temporalio/worker';
import { testServerExecutable } from '../../tools/serverExecutables';
import { completes, proceed, throwsOnEveryActivation } from '../support/faultyWorkflows';
import { until } from '../support/processes';

const taskQueue = 'faulty-workflows';

test('a plain Error in workflow code fails only that workflow task, retried, while the same worker completes other workflows', async () => {
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: testServerExecutable() } });
  try {
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: require.resolve('../support/faultyWorkflows'),
      logger: new DefaultLogger('WARN'),
    });
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle });
    await worker.runUntil(async () => {
      const faulty = await env.client.workflow.start(throwsOnEveryActivation, { taskQueue, workflowId: 'faulty' });
      const failedTasks = async () => (await faulty.fetchHistory()).events?.filter((e) => e.workflowTaskFailedEventAttributes).length ?? 0;
      await until('the bug to fail a workflow task', async () => (await failedTasks()) >= 1 || undefined);

      const sound = await env.client.workflow.start(completes, { taskQueue, workflowId: 'sound', args: [1] });
      await sound.signal(proceed);
      expect(await sound.result()).toBe(2);

      // The workflow is neither failed nor lost: its task is retried, waiting for a fix to be deployed.
      expect((await faulty.describe()).status.name).toBe('RUNNING');
      expect(worker.getState()).toBe('RUNNING');
      await faulty.terminate('test over');
    });
    expect(worker.getState()).toBe('STOPPED');
  } finally {
    await env.teardown();
  }
});
