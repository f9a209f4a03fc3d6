import { DateTime } from 'luxon';
import { FollowUpClient } from '../client/followUps';
import { GuidelineClient } from '../client/guidelines';
import { TIME_ZONE } from '../domain/calendar/dates';
import { contacts, organisations } from '../test/support/directories';
import { bodies } from '../test/support/lifecycleEnvironment';
import { startDevServerWorker } from './devServerWorker';
import { Figure } from './timing';

const GUIDELINES = 20;
const TASK_QUEUE = 'bench-follow-ups';

/**
 * On the dev server: 20 adopted guidelines, each with an implementation deadline for the 50 principals and a
 * follow-up survey to the six sub-regions in three parts, open from today. Every principal confirms and every
 * sub-region submits every part through the client (validator, handler, ledger row), the 20 guidelines in parallel.
 */
export async function benchFollowUps(): Promise<Figure[]> {
  const { server, stop } = await startDevServerWorker('follow-ups', TASK_QUEUE);
  const command = 'npm run bench -- follow-ups';
  try {
    const guidelines = new GuidelineClient(server.client, TASK_QUEUE, organisations);
    const followUps = new FollowUpClient(server.client, bodies, organisations, contacts);
    const now = DateTime.now().setZone(TIME_ZONE);
    const today = now.toISODate()!;
    const owner = { name: 'Bench', email: 'bench@vgregion.example', organisationId: 'vgr', role: 'beredning' };
    const ids = Array.from({ length: GUIDELINES }, (_, i) => `bench-${i}`);
    for (const id of ids) {
      await guidelines.register({
        id,
        title: id,
        kind: 'routine',
        owner,
        responsibleBody: 'VVG',
        validFrom: today,
        validUntil: now.plus({ years: 3 }).toISODate(),
      });
      await followUps.planImplementation(id, {
        deadline: now.plus({ days: 200 }).toISODate(),
        implementers: 'principals',
        preparationGroup: [owner],
      });
      await followUps.planFollowUp(id, {
        title: `Uppföljning ${id}`,
        opensOn: today,
        closesOn: now.plus({ days: 30 }).toISODate(),
        preparationGroup: [owner],
        reminderPolicy: { businessDaysBefore: [10, 3], sendAt: '00:00' },
      });
    }
    for (const id of ids) while ((await followUps.survey(id, 1)).status !== 'open') await new Promise((r) => setTimeout(r, 100));

    const principals = (await followUps.implementation(ids[0], 1)).notConfirmed.map((p) => p.organisationId);
    const confirmStarted = Date.now();
    await Promise.all(
      ids.map(async (id) => {
        for (const organisationId of principals) await followUps.confirmImplementation(id, 1, { organisationId, confirmedOn: today });
      }),
    );
    const confirmMs = Date.now() - confirmStarted;

    const subregions = (await followUps.survey(ids[0], 1)).progress.missing.map((m) => m.organisationId);
    const parts = ['functionality', 'implementation', 'compliance-and-results'];
    const submitStarted = Date.now();
    await Promise.all(
      ids.map(async (id) => {
        for (const organisationId of subregions) {
          for (const partId of parts)
            await followUps.submitPart(id, 1, { organisationId, partId, answer: `Svar från ${organisationId}`, submittedOn: today });
        }
      }),
    );
    const submitMs = Date.now() - submitStarted;
    for (const id of ids) {
      const survey = await followUps.survey(id, 1);
      if (survey.progress.complete !== 6) throw new Error(`${id}: ${survey.progress.complete} of 6 complete`);
    }
    const confirmations = GUIDELINES * principals.length;
    const submissions = GUIDELINES * subregions.length * parts.length;
    return [
      {
        name: `implementation confirmations through the client (${confirmations}, ${GUIDELINES} deadlines in parallel)`,
        value: `${(confirmations / (confirmMs / 1000)).toFixed(0)} /s`,
        command,
      },
      {
        name: `survey parts submitted through the client (${submissions}, ${GUIDELINES} surveys in parallel)`,
        value: `${(submissions / (submitMs / 1000)).toFixed(0)} /s`,
        command,
      },
    ];
  } finally {
    await stop();
  }
}
