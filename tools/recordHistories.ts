import fs from 'node:fs';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { GuidelineClient } from '../client/guidelines';
import { organisationDirectorySchema } from '../domain/organisation';
import { guidelineWorkflowId } from '../workflows/guidelineMessages';
import { englishSubscriber, guideline } from '../test/support/guidelines';
import { LifecycleEnvironment, TASK_QUEUE } from '../test/support/lifecycleEnvironment';

/**
 * Records workflow histories for the replay test (`npx tsx tools/recordHistories.ts`). Re-record only on purpose:
 * the point of the saved files is that a change to workflow code must still replay what ran before it.
 */
async function main() {
  const out = path.resolve(__dirname, '../test/workflow/histories');
  const organisations = organisationDirectorySchema.parse(
    JSON.parse(fs.readFileSync(path.resolve(__dirname, '../config/organisations.json'), 'utf8')),
  );
  const t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle());
  try {
    const guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
    await t.skipTo('2030-01-07', '10:00');
    await guidelines.register(guideline({ id: 'reminded-and-expired', subscribers: [englishSubscriber] }));
    await guidelines.register(guideline({ id: 'extended' }));
    await guidelines.register(guideline({ id: 'retired' }));
    await t.skipTo('2030-07-01');
    const run = await t.runId('extended');
    await guidelines.extend('extended', { validUntil: '2031-12-31', note: 'Förlängs', decisionRef: 'VVG 2030-07-01 §1' });
    await t.untilNewRun('extended', run);
    await guidelines.retire('retired', { reason: 'Ersatt' });
    await t.skipTo('2031-01-05');
    for (const [id, runId] of [['reminded-and-expired', undefined], ['extended', run], ['retired', undefined]] as const) {
      const history = await t.env.client.workflow.getHandle(guidelineWorkflowId(id), runId).fetchHistory();
      fs.writeFileSync(path.join(out, `${id}.json`), historyToJSON(history));
      console.log(`recorded ${id}: ${history.events?.length} events`);
    }
  } finally {
    await t.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
