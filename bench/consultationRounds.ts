import { Worker } from '@temporalio/worker';
import { DateTime } from 'luxon';
import { ConsultationClient } from '../client/consultations';
import { GuidelineClient } from '../client/guidelines';
import { TIME_ZONE } from '../domain/calendar/dates';
import { consultationWorkflowId } from '../domain/ids';
import { consultationProgressQuery, recordResponseUpdate } from '../workflows/consultation/api';
import { contacts, organisations } from '../test/support/directories';
import { bodies } from '../test/support/lifecycleEnvironment';
import { noteUpdate, stopUpdate } from './ceilingWorkflow';
import { startDevServerWorker } from './devServerWorker';
import { Figure } from './timing';

const ROUNDS = 100;

/**
 * 100 consultation rounds of 57 recipients open at once on the dev server, and all 5,700 answers recorded
 * through Updates (the round's validator, handler and ledger write each time), 100 rounds in parallel, each
 * round's answers one after another. The ceiling is the same number of Updates, in the same pattern, against
 * a workflow that only counts them, on the same server in the same run.
 */
export async function benchConsultationRounds(): Promise<Figure[]> {
  const { server, ledger, stop } = await startDevServerWorker('rounds', 'bench-rounds');
  const ceilingWorker = await Worker.create({
    connection: server.nativeConnection,
    taskQueue: 'bench-ceiling',
    workflowsPath: require.resolve('./ceilingWorkflow'),
  });
  const ceilingRunning = ceilingWorker.run();
  const command = 'npm run bench -- rounds';
  try {
    const client = server.client;
    const guidelines = new GuidelineClient(client, 'bench-rounds', organisations);
    const consultations = new ConsultationClient(client, guidelines, organisations, contacts, bodies);
    const today = DateTime.now().setZone(TIME_ZONE);
    const ids = Array.from({ length: ROUNDS }, (_, i) => `bench-${i}`);
    const owner = { name: 'Bench', email: 'bench@vgregion.example', organisationId: 'vgr', role: 'processledare' };

    const openingStarted = Date.now();
    await Promise.all(
      ids.map(async (id) => {
        await guidelines.register({ draft: true, id, title: id, kind: 'guideline', owner, responsibleBody: 'VVG' });
        await consultations.start(id, {
          document: { title: id, version: '1', link: 'https://samverkan.example/bench.pdf' },
          recipientGroups: [{ group: 'all-municipalities' }, { group: 'regional-administrations' }],
          opensOn: today.toISODate(),
          deadline: today.plus({ days: 60 }).toISODate(),
          reminderPolicy: { sendAt: '00:00' },
          processOwner: owner,
        });
      }),
    );
    const roundHandle = (id: string) => client.workflow.getHandle(consultationWorkflowId(id, 1));
    // Opened means every invitation is in the outbox and the ledger.
    for (const id of ids) {
      while ((await roundHandle(id).query(consultationProgressQuery)).status !== 'open') await new Promise((r) => setTimeout(r, 100));
    }
    while (ledger.mails().length < ROUNDS * 57) await new Promise((r) => setTimeout(r, 100));
    const opening = Date.now() - openingStarted;

    const recipients = (await roundHandle(ids[0]).query(consultationProgressQuery)).recipients.map((r) => r.organisationId);
    const answersStarted = Date.now();
    await Promise.all(
      ids.map(async (id) => {
        const handle = roundHandle(id);
        for (const organisationId of recipients) {
          await handle.executeUpdate(recordResponseUpdate, {
            args: [{ organisationId, kind: 'no-comments', receivedOn: today.toISODate()! }],
          });
        }
      }),
    );
    const answers = Date.now() - answersStarted;
    const answered = (await roundHandle(ids[0]).query(consultationProgressQuery)).progress.answered;
    if (answered !== 57) throw new Error(`round bench-0 has ${answered} answers`);
    const events = (await roundHandle(ids[0]).fetchHistory()).events?.length ?? 0;

    const ceilings = await Promise.all(
      ids.map((id) => client.workflow.start('updateCeiling', { workflowId: `ceiling/${id}`, taskQueue: 'bench-ceiling', args: [] })),
    );
    const ceilingStarted = Date.now();
    await Promise.all(
      ceilings.map(async (handle) => {
        for (const organisationId of recipients) await handle.executeUpdate(noteUpdate, { args: [organisationId] });
      }),
    );
    const ceiling = Date.now() - ceilingStarted;
    await Promise.all(ceilings.map((h) => h.executeUpdate(stopUpdate)));

    const total = ROUNDS * recipients.length;
    const perSecond = (ms: number) => total / (ms / 1000);
    return [
      {
        name: `${ROUNDS} rounds × 57 recipients opened (5,700 invitations mailed to the outbox)`,
        value: `${(opening / 1000).toFixed(1)} s`,
        command,
      },
      {
        name: `answers recorded through Updates (${total}, 100 rounds in parallel)`,
        value: `${perSecond(answers).toFixed(0)} /s`,
        command,
      },
      { name: 'same number of Updates against a trivial workflow (ceiling)', value: `${perSecond(ceiling).toFixed(0)} /s`, command },
      {
        name: 'answers per second as a share of the ceiling',
        value: `${((perSecond(answers) / perSecond(ceiling)) * 100).toFixed(0)} %`,
        command,
      },
      { name: "events in one round's history (open, 57 answers)", value: String(events), command },
    ];
  } finally {
    ceilingWorker.shutdown();
    await ceilingRunning;
    await stop();
  }
}
