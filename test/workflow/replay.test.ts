import fs from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker, WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';

const dir = path.join(__dirname, 'histories');

Runtime.install({ logger: new DefaultLogger('WARN') });

/** Histories recorded by test/support/recordHistories.ts: today's workflow code must replay what ran before it. */
describe('saved histories replay without nondeterminism', () => {
  let workflowBundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    workflowBundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../../workflows'), logger: new DefaultLogger('WARN') });
  });

  test.each(fs.readdirSync(dir).filter((f) => f.endsWith('.json')))('%s', async (file) => {
    const history = historyFromJSON(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    await Worker.runReplayHistory({ workflowBundle }, history, path.basename(file, '.json'));
  });
});
