import { GuidelineClient } from '../../client/guidelines';
import { guidelineWorkflowId } from '../../domain/ids';
import { organisations } from '../support/directories';
import { guideline } from '../support/guidelines';
import { LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { SmtpSink } from '../support/smtpSink';

test('a reminder to 121 people is two heartbeating activities, not 121, and each person gets it once', async () => {
  const sink = new SmtpSink();
  const t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle(), await sink.start());
  try {
    const guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
    const subscribers = Array.from({ length: 120 }, (_, i) => ({
      name: `Prenumerant ${i}`,
      email: `prenumerant-${i}@boras.example`,
      organisationId: 'kommun-boras',
      role: 'subscriber',
      language: 'sv' as const,
    }));
    await t.skipTo('2030-10-01');
    await guidelines.register(
      guideline({
        subscribers,
        reminderPolicy: { daysBefore: [30], sendAt: '08:00', onNonBusinessDay: 'exact-day', quietPeriods: [] },
      }),
    );
    await t.skipTo('2030-12-02');

    const rows = t.ledger.mails(guidelineWorkflowId('expected-child')).filter((m) => m.template === 'expiry-reminder');
    expect(rows).toHaveLength(121);
    expect(rows.every((m) => m.attempts === 1 && m.unconfirmed_attempts === 0)).toBe(true);
    expect([...sink.copies().values()]).toEqual(Array(121).fill(1));

    const history = await t.env.client.workflow.getHandle(guidelineWorkflowId('expected-child')).fetchHistory();
    const scheduled = (history.events ?? []).flatMap((e) => e.activityTaskScheduledEventAttributes ?? []);
    const mailActivities = scheduled.filter((a) => a.activityType?.name?.startsWith('sendMail'));
    expect(mailActivities.map((a) => [a.activityType?.name, Number(a.heartbeatTimeout?.seconds)])).toEqual([
      ['sendMails', 5],
      ['sendMails', 5],
    ]);
  } finally {
    await t.stop();
    await sink.stop();
  }
});
