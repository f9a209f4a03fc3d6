import { GuidelineClient } from '../client/guidelines';
import { guidelineWorkflowId } from '../domain/ids';
import { organisations } from '../test/support/directories';
import { guideline } from '../test/support/guidelines';
import { LifecycleEnvironment, TASK_QUEUE } from '../test/support/lifecycleEnvironment';
import { Figure, seconds } from './timing';

/**
 * Ten years of one guideline on the time-skipping server: registered for 2030, extended each November for
 * another year (nine decisions, ten validity periods). Each extended period reminds 180 and 90 days before
 * its end; the decision in November makes its 30-day reminder moot. The last period reminds three times and expires. Wall time includes bundling, server start and every activity.
 */
export async function benchTenYearLifecycle(): Promise<Figure[]> {
  const started = Date.now();
  const t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle());
  try {
    const guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
    await t.skipTo('2030-01-07', '10:00');
    const simulationStarted = Date.now();
    await guidelines.register(guideline({ id: 'ten-years', validFrom: '2030-01-01', validUntil: '2030-12-31' }));
    for (let year = 2030; year <= 2038; year++) {
      await t.skipTo(`${year}-11-15`);
      const run = await t.runId('ten-years');
      await guidelines.extend('ten-years', { validUntil: `${year + 1}-12-31`, note: 'Förlängs ett år', decisionRef: `VVG ${year}-11-15` });
      await t.untilNewRun('ten-years', run);
    }
    await t.skipTo('2040-01-05');
    const simulation = Date.now() - simulationStarted;
    const view = await guidelines.show('ten-years');
    const mails = t.ledger.mails(guidelineWorkflowId('ten-years'));
    const reminders = mails.filter((m) => m.template === 'expiry-reminder').length;
    if (view.status !== 'expired' || view.period !== 10 || reminders !== 21) {
      throw new Error(`unexpected end state: ${view.status}, period ${view.period}, ${reminders} reminders`);
    }
    const lastRunEvents = (await t.env.client.workflow.getHandle(guidelineWorkflowId('ten-years')).fetchHistory()).events?.length;
    const total = Date.now() - started;
    const command = 'npm run bench -- lifecycle';
    return [
      {
        name: 'simulated 10-year lifecycle (10 periods, 9 extensions, 21 reminders, 1 expiry), wall time',
        value: seconds(simulation),
        command,
      },
      { name: 'same, including bundling and server start', value: seconds(total), command },
      { name: "events in the last run's history (continue-as-new per period)", value: String(lastRunEvents), command },
    ];
  } finally {
    await t.stop();
  }
}
