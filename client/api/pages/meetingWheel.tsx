import { Hono, type Context } from 'hono';
import { stockholmDate } from '../../../domain/calendar/dates';
import { yearOf } from '../../../domain/calendar/dayNumbers';
import { yearSchema } from '../../../domain/meeting/annualWheel';
import { occurrence } from '../../../domain/yearlyTask/yearlyTask';
import type { CommissionView } from '../../../workflows/commission/api';
import type { ConsultationView } from '../../../workflows/consultation/api';
import type { ImplementationView, SurveyView } from '../../../workflows/followUp/api';
import { pages } from '../../web/links';
import { WheelPage } from '../../web/pages/wheel';
import { WheelEntry, wheelKinds } from '../../web/pages/wheelGeometry';
import { allow } from '../auth/guard';
import { AppDeps, nowOf, SignedInEnv, WebEnv } from '../env';
import { pageContext, refuse } from '../render';
import { calendarOfYear, subjectsOf } from './meetingReads';

/**
 * Everything the wheel of `year` shows: the bodies' meetings, and from the read model the rounds' answer deadlines,
 * the surveys' windows, the implementation deadlines and the commissions' report-backs. Yearly tasks are Temporal
 * Schedules, which the read model does not hold: their days come from the Schedules' own tasks.
 */
async function wheelEntries(deps: AppDeps, year: number): Promise<WheelEntry[]> {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const inYear = { dueFrom: first, dueUntil: last };
  const [bodies, rounds, surveys, implementations, commissions, tasks] = await Promise.all([
    calendarOfYear(deps.db, deps.bodies, year, nowOf(deps).getTime()),
    subjectsOf<ConsultationView>(deps.db, { kind: 'consultation', ...inYear }),
    // A survey that closes early next year may open this year.
    subjectsOf<SurveyView>(deps.db, { kind: 'survey', dueFrom: first, dueUntil: `${year + 1}-12-31` }),
    subjectsOf<ImplementationView>(deps.db, { kind: 'implementation', ...inYear }),
    subjectsOf<CommissionView>(deps.db, { kind: 'commission' }),
    deps.clients.yearlyTasks.list(),
  ]);
  const entries: WheelEntry[] = [
    ...bodies.flatMap((b) =>
      b.meetings.map((m) => ({
        kind: b.id === 'VVG' ? ('meeting-VVG' as const) : ('meeting-SRO' as const),
        date: m.date,
        title: b.id,
        href: pages.meeting(b.id, m.date),
        ...(m.started ? { items: m.items } : {}),
      })),
    ),
    ...rounds.map((s) => ({
      kind: 'consultation' as const,
      date: s.view.deadlineInForce,
      title: s.title,
      href: pages.round(s.view.guidelineId, s.view.round),
    })),
    ...surveys
      .filter((s) => s.view.plan.opensOn <= last)
      .map((s) => ({
        kind: 'survey' as const,
        date: s.view.closesInForce,
        opensOn: s.view.plan.opensOn,
        title: s.title,
        href: pages.followUp(s.view.guidelineId, s.view.n),
      })),
    ...implementations.map((s) => ({
      kind: 'implementation' as const,
      date: s.view.deadlineInForce,
      title: s.title,
      href: pages.implementation(s.view.guidelineId, s.view.n),
    })),
    ...commissions
      .filter((s) => s.view.reportBack.date >= first && s.view.reportBack.date <= last)
      .map((s) => ({
        kind: 'commission' as const,
        date: s.view.reportBack.date,
        title: `${s.title} (${s.view.reportBack.body})`,
        href: pages.commission(s.view.commissionId),
      })),
    ...tasks.map(({ task }) => {
      const occurs = occurrence(task, year);
      return {
        kind: 'yearly-task' as const,
        date: occurs.date,
        ...(occurs.dueDate ? { dueBy: occurs.dueDate } : {}),
        title: task.title,
        href: pages.yearlyTask(task.id),
      };
    }),
  ];
  return entries.sort((a, b) => a.date.localeCompare(b.date) || wheelKinds.indexOf(a.kind) - wheelKinds.indexOf(b.kind));
}

/** The annual wheel: `/wheel` shows this year's. */
export function wheelPages(deps: AppDeps) {
  const show = async (c: Context<SignedInEnv>, year: number) =>
    c.html(<WheelPage page={pageContext(c)} year={year} entries={await wheelEntries(deps, year)} />);
  return new Hono<WebEnv>()
    .get('/wheel', allow('read'), (c) => show(c, yearOf(stockholmDate(nowOf(deps).getTime()))))
    .get('/wheel/:year', allow('read'), async (c) => {
      const year = yearSchema.safeParse(c.req.param('year'));
      return year.success ? show(c, year.data) : refuse(c, 404);
    });
}
