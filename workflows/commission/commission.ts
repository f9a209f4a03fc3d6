import { ActivityFailure, allHandlersFinished, condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../../activities/types';
import {
  CommissionEvent,
  commissionEventKey,
  CommissionInput,
  CommissionWorkflowInput,
  completeCommissionSchemaOn,
  completeMilestoneSchemaOn,
  completionProblem,
  milestoneCompletionProblem,
  milestoneMoveProblem,
  milestoneOf,
  milestoneStatus,
  moveMilestoneSchemaOn,
  pendingEvents,
  reportBackItem,
  reportBackItemId,
  resolveReportBack,
  TrackedMilestone,
} from '../../domain/commission/commission';
import { daysBetween } from '../../domain/calendar/dates';
import { Failure } from '../../domain/failures';
import { commissionWorkflowId, meetingWorkflowId } from '../../domain/ids';
import { calendarUid } from '../../domain/mail/calendarEvent';
import type { MeetingCalendar } from '../../domain/meeting/meeting';
import { ValidationError } from '../../domain/validation';
import { CommissionView, commissionStateQuery, completeCommissionUpdate, completeMilestoneUpdate, moveMilestoneUpdate } from './api';
import { startDraftGuideline } from './draftGuideline';
import { activityFailureType, refusal } from '../kit/failures';
import { bodySecretary, keyedOutcomes, recordOutcome } from '../kit/ledger';
import { mailToContacts, sendBatch } from '../kit/mail';
import { nowIso, today } from '../kit/time';
import { validatedUpdate } from '../kit/validatedUpdate';
import { publishChanges, readModel } from '../kit/readModel';
import { wakeAtOrOnChange } from '../kit/wake';
import { commissionProjection } from './commissionProjection';

// A meeting that refuses the item (already held) refuses it for good: the commission goes on and says so.
const { placeOnAgenda } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: [Failure.AgendaRejected],
  },
});

/** The client checks the same rule before starting; a refusal fails the workflow, where a plain error would retry its task for ever. */
function reportBackOrRefuse(c: CommissionInput, calendar: MeetingCalendar) {
  try {
    return resolveReportBack(c, calendar, today());
  } catch (err) {
    if (err instanceof ValidationError) throw refusal(err);
    throw err;
  }
}

type Phase = { status: 'active' } | { status: 'completed'; completion: NonNullable<CommissionView['completion']> };

/** Commissions started before this change escalated on the business day after a due date, quiet periods or not. */
const ESCALATIONS_OUTSIDE_QUIET_PERIODS = 'commission-escalations-outside-quiet-periods';

/**
 * A commission (uppdrag) to a working group: its report-back item goes on the meeting's agenda at once, the group
 * is reminded before each open milestone, and the commissioning body's secretary hears when one is overdue. On
 * completion the secretary is told, and a draft guideline that came out of it starts its own lifecycle.
 */
export async function commission({ commission: c, calendar }: CommissionWorkflowInput): Promise<CommissionView> {
  // From the input, not workflowInfo, so a replayed history names the same ledger keys and children.
  const workflowId = commissionWorkflowId(c.id);
  const meeting = reportBackOrRefuse(c, calendar);
  const startedAt = nowIso();
  const escalationQuietPeriods = patched(ESCALATIONS_OUTSIDE_QUIET_PERIODS) ? c.reminderPolicy.quietPeriods : [];
  const state: { phase: Phase; milestones: TrackedMilestone[]; sent: string[] } = {
    phase: { status: 'active' },
    milestones: c.milestones.map((m) => ({ ...m, moves: [], scheduleFrom: startedAt })),
    sent: [],
  };
  const reportBack: CommissionView['reportBack'] = {
    ...meeting,
    meetingId: meetingWorkflowId(meeting.body, meeting.date),
    itemId: reportBackItemId(c.id),
    placed: false,
  };
  let changed = false;
  // Set while a completion starts its guideline, so that a second completion cannot slip in meanwhile.
  let completing = false;

  const pending = () => pendingEvents(c, state.milestones, state.sent, escalationQuietPeriods);
  const view = (): CommissionView => ({
    commissionId: c.id,
    workflowId,
    title: c.title,
    task: c.task,
    commissionedBy: c.commissionedBy,
    group: c.group,
    status: state.phase.status,
    milestones: state.milestones.map((m) => {
      const { scheduleFrom: _from, escalatedFor: _for, ...shown } = m;
      return { ...shown, status: milestoneStatus(m) };
    }),
    reportBack,
    upcoming: state.phase.status === 'active' ? pending() : [],
    completion: state.phase.status === 'completed' ? state.phase.completion : undefined,
  });
  const outcome = keyedOutcomes(recordOutcome, workflowId, () => workflowId);
  const about = { commissionId: c.id, commissionTitle: c.title, commissionedBy: c.commissionedBy.body, reportBack: meeting };

  setHandler(commissionStateQuery, view);
  readModel(() => commissionProjection(view()));

  validatedUpdate(
    completeMilestoneUpdate,
    { schema: completeMilestoneSchemaOn, problem: (done) => milestoneCompletionProblem(view(), done) },
    async ({ milestoneId, completedOn, link }) => {
      Object.assign(milestoneOf(state.milestones, milestoneId), { completedOn, link });
      changed = true;
      await outcome(`milestone-completed|${milestoneId}`, 'milestone-completed', { milestoneId, completedOn, link: link ?? null });
      return view();
    },
  );

  validatedUpdate(
    moveMilestoneUpdate,
    { schema: moveMilestoneSchemaOn, problem: (move) => milestoneMoveProblem(view(), move) },
    async (move) => {
      const milestone = milestoneOf(state.milestones, move.milestoneId);
      const previousDue = milestone.due;
      milestone.moves.push({ ...move, previousDue, at: nowIso() });
      milestone.due = move.due;
      milestone.scheduleFrom = nowIso();
      changed = true;
      await outcome(`milestone-moved|${move.milestoneId}|${milestone.moves.length}`, 'milestone-moved', { ...move, previousDue });
      return view();
    },
  );

  validatedUpdate(
    completeCommissionUpdate,
    {
      schema: completeCommissionSchemaOn,
      problem: (done) => completionProblem(view(), done),
      busy: () => (completing ? 'commission: is being completed' : undefined),
    },
    async (done) => {
      completing = true;
      let guidelineId: string | undefined;
      try {
        guidelineId = done.draft && (await startDraftGuideline(done.draft));
      } finally {
        completing = false;
      }
      const completion = { completedOn: done.completedOn, summary: done.summary, at: nowIso(), guidelineWorkflowId: guidelineId };
      state.phase = { status: 'completed', completion };
      await outcome('completed', 'commission-completed', {
        completedOn: done.completedOn,
        summary: done.summary,
        guidelineWorkflowId: guidelineId ?? null,
      });
      const secretary = await bodySecretary(c.commissionedBy.body);
      const refused = await sendBatch(
        mailToContacts({ workflowId, purpose: 'commission-reported', dueAt: completion.at }, [secretary], {
          template: 'commission-reported',
          ...about,
          completedOn: done.completedOn,
          summary: done.summary,
          guidelineId: done.draft?.id,
        }),
      );
      if (refused.length) await outcome('completed|refused', 'commission-mail-refused', { refused });
      return view();
    },
  );

  const remind = async (e: CommissionEvent, m: TrackedMilestone) => {
    const refused = await sendBatch(
      mailToContacts({ workflowId, purpose: 'milestone-reminder', event: `${m.id}|${e.at}`, dueAt: e.at }, c.group, {
        template: 'milestone-reminder',
        ...about,
        milestoneTitle: m.title,
        due: m.due,
        daysLeft: daysBetween(e.date, m.due),
        // The milestone's one event in the group's calendars, one change further with every move.
        calendar: { uid: calendarUid(workflowId, 'milestone', m.id), sequence: m.moves.length },
      }),
    );
    await outcome(`reminder|${m.id}|${e.at}`, 'milestone-reminder-sent', { milestoneId: m.id, due: m.due, date: e.date, refused });
  };

  const escalate = async (e: CommissionEvent, m: TrackedMilestone) => {
    m.escalatedFor = m.due;
    const secretary = await bodySecretary(c.commissionedBy.body);
    const refused = await sendBatch(
      mailToContacts({ workflowId, purpose: 'milestone-overdue', event: `${m.id}|${e.at}`, dueAt: e.at }, [secretary], {
        template: 'milestone-overdue',
        ...about,
        milestoneTitle: m.title,
        due: m.due,
        group: c.group.map(({ name, email }) => ({ name, email })),
      }),
    );
    await outcome(`overdue|${m.id}|${m.due}`, 'milestone-overdue', { milestoneId: m.id, due: m.due, secretary: secretary.email, refused });
  };

  await outcome('started', 'commission-started', { title: c.title, reportBack, milestones: c.milestones });
  try {
    await placeOnAgenda({ body: meeting.body, date: meeting.date, item: reportBackItem(c) });
    reportBack.placed = true;
    await outcome('report-back-placed', 'report-back-placed', { meetingId: reportBack.meetingId });
  } catch (err) {
    if (!(err instanceof ActivityFailure) || activityFailureType(err) !== Failure.AgendaRejected) throw err;
    reportBack.refused = err.cause?.message;
    await outcome('report-back-refused', 'report-back-refused', { meetingId: reportBack.meetingId, reason: reportBack.refused });
  }

  // Wakes for the next event or for an Update that changes the dates: a moved milestone never fires a stale reminder.
  const interrupted = () => changed || state.phase.status !== 'active';
  while (state.phase.status === 'active') {
    changed = false;
    const [next] = pending();
    const woke = await wakeAtOrOnChange(next?.at, interrupted);
    if (woke === 'changed' || !next) continue;
    state.sent.push(commissionEventKey(next));
    const m = milestoneOf(state.milestones, next.milestoneId);
    await (next.kind === 'reminder' ? remind(next, m) : escalate(next, m));
  }
  await condition(allHandlersFinished);
  await publishChanges();
  return view();
}
