import { CommissionClient } from '../../client/commissions';
import { GuidelineClient } from '../../client/guidelines';
import { stockholmInstant } from '../../domain/calendar/dates';
import { meetingWorkflowId } from '../../domain/ids';
import { meetingAgendaQuery } from '../../workflows/meeting/api';
import { annSofie, commissionBodies, commissionInput, malin, selfCareDraft } from '../support/commissions';
import { organisations } from '../support/directories';
import { LifecycleEnvironment, TASK_QUEUE } from '../support/lifecycleEnvironment';

let t: LifecycleEnvironment;
let commissions: CommissionClient;
let guidelines: GuidelineClient;

beforeAll(async () => {
  t = await LifecycleEnvironment.start(await LifecycleEnvironment.bundle(), undefined, commissionBodies);
  commissions = new CommissionClient(t.env.client, TASK_QUEUE, commissionBodies, organisations);
  guidelines = new GuidelineClient(t.env.client, TASK_QUEUE, organisations);
});

afterAll(async () => {
  await t.stop();
});

const COMMISSION = 'commission/lss-short-stays';
const VVG_FEBRUARY = meetingWorkflowId('VVG', '2037-02-16');
const SECRETARY = 'vvg-sekreterare@example.se';
const GROUP = [annSofie.email, malin.email].sort();
const at8 = (date: string) => stockholmInstant(date, '08:00');

/** Who got a mail of this template from the commission, per instant it was due. */
function mailed(template: string): Record<string, string[]> {
  const byDue: Record<string, string[]> = {};
  for (const m of t.ledger.mails(COMMISSION).filter((row) => row.template === template)) (byDue[m.due_at] ??= []).push(m.recipient);
  for (const list of Object.values(byDue)) list.sort();
  return byDue;
}

// "Återkom med justerat förslag till nästa möte i februari": VVG gives the commission on Thursday 11 December
// 2036, with a first draft due Thursday 15 January and a final report Thursday 5 February 2037.
test('a commission told to report back to the next meeting in February reminds before and escalates after', async () => {
  await t.skipTo('2036-12-12', '10:00');
  const started = await commissions.start(commissionInput());
  expect(started.reportBack).toMatchObject({
    body: 'VVG',
    date: '2037-02-16',
    meetingId: VVG_FEBRUARY,
    itemId: 'commission-lss-short-stays',
  });
  // Back from Thursday 15 January over Epiphany (Tuesday), New Year's Day and Eve: Monday 29 December.
  expect(started.upcoming.map((e) => [e.kind, e.milestoneId, e.date])).toEqual([
    ['reminder', 'first-draft', '2036-12-29'],
    ['reminder', 'first-draft', '2037-01-13'],
    ['escalation', 'first-draft', '2037-01-16'],
    ['reminder', 'final-report', '2037-01-22'],
    ['reminder', 'final-report', '2037-02-03'],
    ['escalation', 'final-report', '2037-02-06'],
  ]);

  // The report back is on the February meeting's agenda, presented by the group's first contact.
  await t.until(async () => (await commissions.show('lss-short-stays')).reportBack.placed);
  const february = await t.env.client.workflow.getHandle(VVG_FEBRUARY).query(meetingAgendaQuery);
  expect(february.items).toEqual([
    expect.objectContaining({
      itemId: 'commission-lss-short-stays',
      title: 'Återrapport: Hälso- och sjukvård vid korttidsvistelse enligt LSS',
      kind: 'decision',
      subject: { type: 'commission', id: 'lss-short-stays' },
      presenter: annSofie,
      minutes: 20,
    }),
  ]);

  // Nobody marks the first draft done: the group is reminded, and VVG's secretary hears the day after.
  await t.skipTo('2037-01-19', '10:00');
  expect(mailed('milestone-reminder')).toEqual({ [at8('2036-12-29')]: GROUP, [at8('2037-01-13')]: GROUP });
  expect(mailed('milestone-overdue')).toEqual({ [at8('2037-01-16')]: [SECRETARY] });
  expect((await commissions.show('lss-short-stays')).milestones.map((m) => [m.id, m.status])).toEqual([
    ['first-draft', 'overdue'],
    ['final-report', 'open'],
  ]);

  // The draft comes in, and VVG's chair moves the final report a week: its reminder of 22 January is stale.
  await commissions.completeMilestone('lss-short-stays', {
    milestoneId: 'first-draft',
    completedOn: '2037-01-19',
    link: 'https://samverkan.example/utkast.pdf',
  });
  const moved = await commissions.moveMilestone('lss-short-stays', {
    milestoneId: 'final-report',
    due: '2037-02-12',
    reason: 'Ordföranden gav arbetsgruppen en vecka till',
  });
  expect(moved.upcoming.map((e) => [e.kind, e.milestoneId, e.date])).toEqual([
    ['reminder', 'final-report', '2037-01-29'],
    ['reminder', 'final-report', '2037-02-10'],
    ['escalation', 'final-report', '2037-02-13'],
  ]);

  await t.skipTo('2037-02-11', '10:00');
  expect(mailed('milestone-reminder')).toEqual({
    [at8('2036-12-29')]: GROUP,
    [at8('2037-01-13')]: GROUP,
    [at8('2037-01-29')]: GROUP,
    [at8('2037-02-10')]: GROUP,
  });
  expect(mailed('milestone-overdue')).toEqual({ [at8('2037-01-16')]: [SECRETARY] });

  // The final report is in, and the commission completes with a draft routine that starts its own lifecycle.
  await commissions.completeMilestone('lss-short-stays', { milestoneId: 'final-report', completedOn: '2037-02-11' });
  const completed = await commissions.complete('lss-short-stays', {
    completedOn: '2037-02-11',
    summary: 'Arbetsgruppen föreslår en gemensam rutin för egenvård vid korttidsvistelse.',
    draft: selfCareDraft,
  });
  expect(completed).toMatchObject({
    status: 'completed',
    completion: { completedOn: '2037-02-11', guidelineWorkflowId: 'guideline/lss-self-care' },
    upcoming: [],
  });
  expect((await guidelines.show('lss-self-care')).status).toBe('draft');
  // Polled, not awaited with result(), which would let the server skip past the dates still to check.
  await t.until(async () => (await t.env.client.workflow.getHandle(COMMISSION).describe()).status.name === 'COMPLETED');
  expect(mailed('commission-reported')).toEqual({ [completed.completion!.at]: [SECRETARY] });

  // The escalation the moved report would have had on 13 February never comes.
  await t.skipTo('2037-02-14');
  expect(mailed('milestone-overdue')).toEqual({ [at8('2037-01-16')]: [SECRETARY] });
  expect(t.ledger.outcomes(COMMISSION).map((o) => o.kind)).toEqual([
    'commission-started',
    'report-back-placed',
    'milestone-reminder-sent',
    'milestone-reminder-sent',
    'milestone-overdue',
    'milestone-completed',
    'milestone-moved',
    'milestone-reminder-sent',
    'milestone-reminder-sent',
    'milestone-completed',
    'commission-completed',
  ]);
});
