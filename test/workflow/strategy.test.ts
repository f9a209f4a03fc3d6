import { FollowUpClient } from '../../client/followUps';
import { GuidelineClient } from '../../client/guidelines';
import { stockholmInstant } from '../../domain/calendar/dates';
import { ValidationError } from '../../domain/validation';
import { followUpWorkflowId } from '../../domain/ids';
import { contacts, organisations } from '../support/directories';
import { guideline } from '../support/guidelines';
import { bodies, LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';
import { presenter } from '../support/meetings';

const preparation = presenter('Beredningen VGR', 'beredning@vgregion.example', 'vgr');
let t: LifecycleEnvironment;

beforeAll(async () => {
  t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle());
});

afterAll(async () => {
  await t.stop();
});

// The roadmap (färdplan) is valid 2023–2030 with deeper follow-ups in 2024 and 2028; members argued 2026 is more
// relevant. Here 28 years on, on the same weekdays: 2051–2058, follow-ups 2052 and 2056, the first moved to 2054.
test('a strategy valid for eight years has follow-ups in named years, and a decision moves one', async () => {
  const guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
  const followUps = new FollowUpClient(t.env.client, bodies, organisations, contacts);
  await t.skipTo('2051-01-10');
  await guidelines.register(
    guideline({
      id: 'roadmap',
      kind: 'strategy',
      title: 'Färdplan för god och nära vård',
      validFrom: '2051-01-01',
      validUntil: '2058-12-31',
    }),
  );
  for (const [opensOn, closesOn] of [
    ['2052-02-05', '2052-03-29'],
    ['2056-02-07', '2056-03-31'],
  ]) {
    await followUps.planFollowUp('roadmap', {
      title: `Fördjupad uppföljning ${opensOn.slice(0, 4)}`,
      opensOn,
      closesOn,
      preparationGroup: [preparation],
    });
  }
  expect((await guidelines.show('roadmap')).followUps.map((f) => [f.opensOn, f.workflowId])).toEqual([
    ['2052-02-05', followUpWorkflowId('roadmap', 1)],
    ['2056-02-07', followUpWorkflowId('roadmap', 2)],
  ]);

  await t.skipTo('2051-12-15');
  const moved = await followUps.moveFollowUp('roadmap', 1, {
    opensOn: '2054-02-02',
    closesOn: '2054-03-27',
    decisionRef: 'VVG 2051-12-15 punkt 10',
    reason: 'År 2054 är mer relevant',
  });
  expect(moved.plan).toMatchObject({ opensOn: '2054-02-02', closesOn: '2054-03-27' });

  // 2052 passes without a survey; 2054 opens it.
  await t.skipTo('2052-06-01');
  expect((await followUps.survey('roadmap', 1)).status).toBe('scheduled');
  expect(t.ledger.mails(followUpWorkflowId('roadmap', 1))).toEqual([]);
  await t.skipTo('2054-02-03');
  const invitations = t.ledger.mails(followUpWorkflowId('roadmap', 1)).filter((m) => m.template === 'survey-invitation');
  expect(invitations).toHaveLength(6);
  expect(new Set(invitations.map((m) => m.due_at))).toEqual(new Set([stockholmInstant('2054-02-02', '08:00')]));

  const again = followUps.moveFollowUp('roadmap', 1, { opensOn: '2055-02-01', closesOn: '2055-03-26', decisionRef: 'VVG 2054-02-03' });
  await expect(again).rejects.toThrow(new ValidationError(['survey: follow-up 1 has opened and can no longer be moved']));
  const pastDate = followUps.moveFollowUp('roadmap', 2, { opensOn: '2054-01-01', closesOn: '2054-03-01', decisionRef: 'VVG 2054-02-03' });
  await expect(pastDate).rejects.toThrow(new ValidationError(['opensOn: 2054-01-01 has already passed']));
  expect((await followUps.survey('roadmap', 2)).plan.opensOn).toBe('2056-02-07');
});
