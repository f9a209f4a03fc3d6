import { DateTime } from 'luxon';
import { ensureMeetingStarted } from '../activities/meetingStart';
import { GuidelineClient } from '../client/guidelines';
import { BodyDirectory, meetingInputFor } from '../domain/meeting/bodies';
import { TIME_ZONE } from '../domain/calendar/dates';
import { resolveRecipients } from '../domain/directory/recipients';
import { guidelineWorkflowId } from '../domain/ids';
import { extendValidityUpdate } from '../workflows/guideline/api';
import { addItemUpdate, meetingAgendaQuery, recordDecisionUpdate } from '../workflows/meeting/api';
import { principalsWorkflowId } from '../domain/ids';
import { recordPrincipalDecisionUpdate } from '../workflows/meeting/principalsApi';
import { contacts, organisations } from '../test/support/directories';
import { bodies } from '../test/support/lifecycleEnvironment';
import { startDevServerWorker } from './devServerWorker';
import { Figure, median } from './timing';

const ITEMS = 50;
const TASK_QUEUE = 'bench-meetings';
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];
const ms = (v: number) => `${v.toFixed(0)} ms`;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * On the dev server: a VVG meeting with 50 items, each extending its own guideline, decided one after another.
 * A decision runs the meeting's validator, an activity that runs the guideline's own Update, and a ledger write;
 * the baseline is the same extension sent straight to 50 other guidelines. Then SRO recommends the principals
 * and all 50 record their decisions.
 */
export async function benchMeetingDecisions(): Promise<Figure[]> {
  const { server, stop } = await startDevServerWorker('meetings', TASK_QUEUE);
  const now = DateTime.now().setZone(TIME_ZONE);
  const today = now.toISODate()!;
  const command = 'npm run bench -- meetings';
  try {
    const client = server.client;
    const guidelines = new GuidelineClient(client, TASK_QUEUE, organisations);
    const owner = { name: 'Bench', email: 'bench@vgregion.example', organisationId: 'vgr', role: 'processledare' };
    const validUntil = now.plus({ days: 300 }).toISODate()!;
    const extendedUntil = now.plus({ days: 700 }).toISODate()!;
    const ids = Array.from({ length: ITEMS }, (_, i) => `bench-${i}`);
    const direct = ids.map((id) => `${id}-direct`);
    await Promise.all(
      [...ids, ...direct].map((id) =>
        guidelines.register({ id, title: id, kind: 'guideline', owner, responsibleBody: 'VVG', validFrom: today, validUntil }),
      ),
    );

    // Held in 30 seconds: time to put the items on the agenda first.
    const startsAt = DateTime.now().setZone(TIME_ZONE).plus({ seconds: 30 }).toFormat('HH:mm:ss');
    const directory: BodyDirectory = { ...bodies, bodies: bodies.bodies.map((b) => ({ ...b, startsAt, meetings: [today] })) };
    const vvg = client.workflow.getHandle(await ensureMeetingStarted(client, TASK_QUEUE, meetingInputFor(directory, 'VVG', today)));
    const sro = client.workflow.getHandle(await ensureMeetingStarted(client, TASK_QUEUE, meetingInputFor(directory, 'SRO', today)));
    const presenter = { ...owner, role: 'presenter' };
    for (const id of ids) {
      await vvg.executeUpdate(addItemUpdate, {
        args: [{ itemId: id, title: id, kind: 'decision', subject: { type: 'guideline', id }, presenter, minutes: 5 }],
      });
    }
    await sro.executeUpdate(addItemUpdate, {
      args: [{ itemId: 'recommend', title: 'Rekommendation', kind: 'decision', presenter, minutes: 5 }],
    });
    for (const meeting of [vvg, sro]) {
      while ((await meeting.query(meetingAgendaQuery)).status !== 'held') await new Promise((r) => setTimeout(r, 500));
    }

    const viaMeeting: number[] = [];
    for (const id of ids) {
      viaMeeting.push(
        await timed(() =>
          vvg.executeUpdate(recordDecisionUpdate, {
            args: [{ outcome: 'endorse', action: 'extend', itemId: id, validUntil: extendedUntil }],
          }),
        ),
      );
    }
    const straight: number[] = [];
    for (const id of direct) {
      straight.push(
        await timed(() =>
          client.workflow
            .getHandle(guidelineWorkflowId(id))
            .executeUpdate(extendValidityUpdate, { args: [{ validUntil: extendedUntil, note: 'bench', decisionRef: 'bench' }] }),
        ),
      );
    }
    for (const id of ids) {
      const view = await guidelines.show(id);
      if (view.guideline.validUntil !== extendedUntil) throw new Error(`${id} was not extended`);
    }

    const principals = resolveRecipients([{ group: 'principals' }], organisations, contacts);
    await sro.executeUpdate(recordDecisionUpdate, {
      args: [{ outcome: 'recommend-principals', itemId: 'recommend', decideBy: now.plus({ days: 60 }).toISODate()!, principals }],
    });
    const tracking = client.workflow.getHandle(principalsWorkflowId('SRO', today, 'recommend'));
    const principalLatencies: number[] = [];
    for (const p of principals) {
      principalLatencies.push(
        await timed(() =>
          tracking.executeUpdate(recordPrincipalDecisionUpdate, {
            args: [{ organisationId: p.organisationId, decision: 'adopted', decidedOn: today }],
          }),
        ),
      );
    }
    const events = (await vvg.fetchHistory()).events?.length ?? 0;

    return [
      {
        name: `decision through a meeting that extends a guideline (${ITEMS} in a row), median / p95`,
        value: `${ms(median(viaMeeting))} / ${ms(percentile(viaMeeting, 95))}`,
        command,
      },
      {
        name: `the same extension sent straight to the guideline (${ITEMS} in a row), median / p95`,
        value: `${ms(median(straight))} / ${ms(percentile(straight, 95))}`,
        command,
      },
      {
        name: `a principal's decision recorded (${principals.length} in a row), median / p95`,
        value: `${ms(median(principalLatencies))} / ${ms(percentile(principalLatencies, 95))}`,
        command,
      },
      { name: `events in the history of a meeting with ${ITEMS} decided items`, value: String(events), command },
    ];
  } finally {
    await stop();
  }
}
