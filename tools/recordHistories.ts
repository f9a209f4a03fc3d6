import fs from 'node:fs';
import path from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { ConsultationClient } from '../client/consultations';
import { GuidelineClient } from '../client/guidelines';
import { consultationWorkflowId } from '../workflows/consultationMessages';
import { guidelineWorkflowId } from '../workflows/guidelineMessages';
import { contacts, organisations } from '../test/support/directories';
import { englishSubscriber, guideline } from '../test/support/guidelines';
import { LifecycleEnvironment, TASK_QUEUE } from '../test/support/lifecycleEnvironment';

/**
 * Records workflow histories for the replay test (`npx tsx tools/recordHistories.ts`). Re-record only on purpose:
 * the point of the saved files is that a change to workflow code must still replay what ran before it.
 */
async function main() {
  const out = path.resolve(__dirname, '../test/workflow/histories');
  const t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle());
  try {
    const guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
    const consultations = new ConsultationClient(t.env.client, guidelines, organisations, contacts);
    await t.skipTo('2030-01-07', '10:00');
    await guidelines.register(guideline({ id: 'reminded-and-expired', subscribers: [englishSubscriber] }));
    await guidelines.register(guideline({ id: 'extended' }));
    await guidelines.register(guideline({ id: 'retired' }));
    await guidelines.register({ ...guideline({ id: 'drafted' }), draft: true });
    await consultations.start('drafted', {
      document: { title: 'Remiss', version: '1', link: 'https://samverkan.example/remiss.pdf' },
      recipientGroups: [{ group: 'subregion-municipalities', subregion: 'simba' }],
      opensOn: '2030-02-04',
      deadline: '2030-05-29',
      processOwner: guideline().owner,
    });
    await t.skipTo('2030-03-02');
    await consultations.recordResponse('drafted', 1, { organisationId: 'kommun-ale', kind: 'comments', receivedOn: '2030-03-02' });
    await consultations.extendDeadline('drafted', 1, { deadline: '2030-06-12', reason: 'Fler svar behövs' });
    await t.skipTo('2030-07-01');
    const run = await t.runId('extended');
    await guidelines.extend('extended', { validUntil: '2031-12-31', note: 'Förlängs', decisionRef: 'VVG 2030-07-01 §1' });
    await t.untilNewRun('extended', run);
    await guidelines.retire('retired', { reason: 'Ersatt' });
    await consultations.close('drafted', 1, {});
    await t.until(async () => (await guidelines.show('drafted')).status === 'awaiting-decision');
    const draftRun = await t.runId('drafted');
    await guidelines.adopt('drafted', { validFrom: '2030-09-01', validUntil: '2032-08-31', decisionRef: 'VVG 2030-08-20 §3' });
    await t.untilNewRun('drafted', draftRun);
    await t.skipTo('2031-01-05');
    const recorded: Array<[string, string, string | undefined]> = [
      ['reminded-and-expired', guidelineWorkflowId('reminded-and-expired'), undefined],
      ['extended', guidelineWorkflowId('extended'), run],
      ['retired', guidelineWorkflowId('retired'), undefined],
      ['drafted-consulted-adopted', guidelineWorkflowId('drafted'), draftRun],
      ['consultation-round', consultationWorkflowId('drafted', 1), undefined],
    ];
    for (const [name, workflowId, runId] of recorded) {
      const history = await t.env.client.workflow.getHandle(workflowId, runId).fetchHistory();
      fs.writeFileSync(path.join(out, `${name}.json`), historyToJSON(history));
      console.log(`recorded ${name}: ${history.events?.length} events`);
    }
  } finally {
    await t.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
