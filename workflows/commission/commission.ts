import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
  WorkflowIdReusePolicy,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../../activities/types';
import {
  CommissionEvent,
  CommissionInput,
  commissionSchedule,
  commissionWorkflowId,
  CommissionWorkflowInput,
  completeCommissionSchema,
  completeMilestoneSchema,
  completionProblem,
  futureProblem,
  milestoneCompletionProblem,
  milestoneMoveProblem,
  moveMilestoneSchema,
  pastProblem,
  reportBackItemId,
  resolveReportBack,
} from '../../domain/commission/commission';
import { daysBetween, stockholmDate } from '../../domain/calendar/dates';
import type { DraftGuideline } from '../../domain/guideline/guideline';
import { meetingWorkflowId } from '../../domain/ids';
import { MeetingCalendar } from '../../domain/meeting/meeting';
import { parseOrThrow, ValidationError } from '../../domain/validation';
import {
  CommissionView,
  commissionStateQuery,
  completeCommissionUpdate,
  completeMilestoneUpdate,
  MilestoneView,
  moveMilestoneUpdate,
} from './api';
import { guidelineLifecycle } from '../guideline/lifecycle';
import { guidelineWorkflowId } from '../guideline/api';
import { sendBatch } from '../kit/mail';
import { bodySecretary, recordOutcome } from '../kit/ledger';
import { nowIso } from '../kit/time';
import { GuidelineBody, GuidelineKind, GuidelineStatus } from '../guideline/searchAttributes';

// A meeting that refuses the item (already held) refuses it for good: the commission goes on and says so.
const { placeOnAgenda } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute', nonRetryableErrorTypes: ['AgendaRejected'] },
});

const today = () => stockholmDate(Date.now());
const reject = (problem: string | undefined) => {
  if (problem) throw new ValidationError([problem]);
};
const refusalOf = (err: unknown) =>
  err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.nonRetryable ? err.cause.message : undefined;

/** The client checks the same rule before starting; failing the workflow task instead would retry for ever. */
function reportBackOrFail(c: CommissionInput, calendar: MeetingCalendar) {
  try {
    return resolveReportBack(c, calendar, today());
  } catch (err) {
    if (err instanceof ValidationError) throw ApplicationFailure.nonRetryable(err.message, 'InvalidCommission');
    throw err;
  }
}

type MilestoneState = Omit<MilestoneView, 'status'> & {
  /** Events due before this instant belong to an earlier due date, or to before the commission began. */
  scheduleFrom: string;
  /** The due date whose escalation went out. */
  escalatedFor?: string;
};

/**
 * A commission (uppdrag) to a working group: its report-back item goes on the meeting's agenda at once, the group
 * is reminded before each open milestone, and the commissioning body's secretary hears when one is overdue. On
 * completion the secretary is told, and a draft guideline that came out of it starts its own lifecycle.
 */
export async function commission({ commission: c, calendar }: CommissionWorkflowInput): Promise<CommissionView> {
  // From the input, not workflowInfo, so a replayed history names the same ledger keys and children.
  const workflowId = commissionWorkflowId(c.id);
  const meeting = reportBackOrFail(c, calendar);
  const startedAt = nowIso();
  const state = {
    status: 'active' as CommissionView['status'],
    milestones: c.milestones.map((m): MilestoneState => ({ ...m, moves: [], scheduleFrom: startedAt })),
    sent: [] as string[],
    reportBack: {
      ...meeting,
      meetingId: meetingWorkflowId(meeting.body, meeting.date),
      itemId: reportBackItemId(c.id),
      placed: false,
    } as CommissionView['reportBack'],
    completion: undefined as CommissionView['completion'],
  };
  let changed = false;
  // Set while a completion starts its guideline, so that a second completion cannot slip in meanwhile.
  let completing = false;

  const milestoneOf = (id: string) => state.milestones.find((m) => m.id === id)!;
  const open = () => state.milestones.filter((m) => !m.completedOn);
  const eventKey = (e: CommissionEvent) => `${e.kind}|${e.milestoneId}|${e.at}`;
  const pending = () =>
    commissionSchedule(c.commissionedBy.date, open(), c.reminderPolicy).filter(
      (e) => e.at >= milestoneOf(e.milestoneId).scheduleFrom && !state.sent.includes(eventKey(e)),
    );
  const view = (): CommissionView => ({
    commissionId: c.id,
    workflowId,
    title: c.title,
    task: c.task,
    commissionedBy: c.commissionedBy,
    group: c.group,
    status: state.status,
    milestones: state.milestones.map(({ scheduleFrom: _from, escalatedFor, ...m }) => ({
      ...m,
      status: m.completedOn ? 'completed' : escalatedFor === m.due ? 'overdue' : 'open',
    })),
    reportBack: state.reportBack,
    upcoming: state.status === 'active' ? pending() : [],
    completion: state.completion,
  });
  const outcome = (key: string, kind: string, details: Record<string, unknown>) =>
    recordOutcome({ key: `${workflowId}|${key}`, workflowId, subjectId: workflowId, kind, occurredAt: nowIso(), details });
  const about = {
    commissionId: c.id,
    commissionTitle: c.title,
    commissionedBy: c.commissionedBy.body,
    reportBack: { body: meeting.body, date: meeting.date },
  };

  setHandler(commissionStateQuery, view);

  setHandler(
    completeMilestoneUpdate,
    async (request) => {
      const { milestoneId, completedOn, link } = completeMilestoneSchema.parse(request);
      Object.assign(milestoneOf(milestoneId), { completedOn, link });
      changed = true;
      await outcome(`milestone-completed|${milestoneId}`, 'milestone-completed', { milestoneId, completedOn, link: link ?? null });
      return view();
    },
    {
      validator: (request) => {
        const done = parseOrThrow(completeMilestoneSchema, request);
        reject(milestoneCompletionProblem(view(), done) ?? futureProblem(done.completedOn, today()));
      },
    },
  );

  setHandler(
    moveMilestoneUpdate,
    async (request) => {
      const move = moveMilestoneSchema.parse(request);
      const milestone = milestoneOf(move.milestoneId);
      const previousDue = milestone.due;
      milestone.moves.push({ ...move, previousDue, at: nowIso() });
      milestone.due = move.due;
      milestone.scheduleFrom = nowIso();
      changed = true;
      await outcome(`milestone-moved|${move.milestoneId}|${milestone.moves.length}`, 'milestone-moved', { ...move, previousDue });
      return view();
    },
    {
      validator: (request) => {
        const move = parseOrThrow(moveMilestoneSchema, request);
        reject(milestoneMoveProblem(view(), move) ?? pastProblem(move.due, today()));
      },
    },
  );

  const startDraft = async (draft: DraftGuideline) => {
    const id = guidelineWorkflowId(draft.id);
    try {
      await startChild(guidelineLifecycle, {
        workflowId: id,
        // A guideline outlives the commission that proposed it.
        parentClosePolicy: ParentClosePolicy.ABANDON,
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
        args: [{ guideline: draft }],
        typedSearchAttributes: [
          { key: GuidelineStatus, value: 'draft' },
          { key: GuidelineBody, value: draft.responsibleBody },
          { key: GuidelineKind, value: draft.kind },
        ],
      });
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) {
        throw ApplicationFailure.nonRetryable(`draft.id: a guideline '${draft.id}' is already registered`, 'CommissionRejected');
      }
      throw err;
    }
    return id;
  };

  setHandler(
    completeCommissionUpdate,
    async (request) => {
      const done = completeCommissionSchema.parse(request);
      completing = true;
      let guidelineId: string | undefined;
      try {
        guidelineId = done.draft && (await startDraft(done.draft));
      } finally {
        completing = false;
      }
      const completion = { completedOn: done.completedOn, summary: done.summary, at: nowIso(), guidelineWorkflowId: guidelineId };
      state.completion = completion;
      state.status = 'completed';
      await outcome('completed', 'commission-completed', {
        completedOn: done.completedOn,
        summary: done.summary,
        guidelineWorkflowId: guidelineId ?? null,
      });
      const secretary = await bodySecretary(c.commissionedBy.body);
      const refused = await sendBatch([
        {
          idempotencyKey: `${workflowId}|commission-reported|${secretary.email.toLowerCase()}`,
          workflowId,
          to: secretary,
          dueAt: completion.at,
          message: {
            template: 'commission-reported',
            ...about,
            completedOn: done.completedOn,
            summary: done.summary,
            guidelineId: done.draft?.id,
          },
        },
      ]);
      if (refused.length) await outcome('completed|refused', 'commission-mail-refused', { refused });
      return view();
    },
    {
      validator: (request) => {
        const done = parseOrThrow(completeCommissionSchema, request);
        reject(
          completing ? 'commission: is being completed' : (completionProblem(view(), done) ?? futureProblem(done.completedOn, today())),
        );
      },
    },
  );

  const remind = async (e: CommissionEvent) => {
    const m = milestoneOf(e.milestoneId);
    const group = [...new Map(c.group.map((to) => [to.email.toLowerCase(), to])).values()];
    const refused = await sendBatch(
      group.map((to) => ({
        idempotencyKey: `${workflowId}|milestone-reminder|${m.id}|${e.at}|${to.email.toLowerCase()}`,
        workflowId,
        to,
        dueAt: e.at,
        message: {
          template: 'milestone-reminder' as const,
          ...about,
          milestoneTitle: m.title,
          due: m.due,
          daysLeft: daysBetween(e.date, m.due),
        },
      })),
    );
    await outcome(`reminder|${m.id}|${e.at}`, 'milestone-reminder-sent', { milestoneId: m.id, due: m.due, date: e.date, refused });
  };

  const escalate = async (e: CommissionEvent) => {
    const m = milestoneOf(e.milestoneId);
    m.escalatedFor = m.due;
    const secretary = await bodySecretary(c.commissionedBy.body);
    const refused = await sendBatch([
      {
        idempotencyKey: `${workflowId}|milestone-overdue|${m.id}|${e.at}|${secretary.email.toLowerCase()}`,
        workflowId,
        to: secretary,
        dueAt: e.at,
        message: {
          template: 'milestone-overdue',
          ...about,
          milestoneTitle: m.title,
          due: m.due,
          group: c.group.map(({ name, email }) => ({ name, email })),
        },
      },
    ]);
    await outcome(`overdue|${m.id}|${m.due}`, 'milestone-overdue', { milestoneId: m.id, due: m.due, secretary: secretary.email, refused });
  };

  await outcome('started', 'commission-started', { title: c.title, reportBack: state.reportBack, milestones: c.milestones });
  try {
    await placeOnAgenda({
      body: meeting.body,
      date: meeting.date,
      item: {
        itemId: state.reportBack.itemId,
        title: `Återrapport: ${c.title}`,
        kind: 'decision',
        subject: { type: 'commission', id: c.id },
        presenter: c.group[0],
        minutes: c.reportBack.minutes,
        documentsExpected: true,
        documents: [],
        needsSro: false,
      },
    });
    state.reportBack.placed = true;
    await outcome('report-back-placed', 'report-back-placed', { meetingId: state.reportBack.meetingId });
  } catch (err) {
    const refused = refusalOf(err);
    if (refused === undefined) throw err;
    state.reportBack.refused = refused;
    await outcome('report-back-refused', 'report-back-refused', { meetingId: state.reportBack.meetingId, reason: refused });
  }

  // Sleeps until the next event or until an Update changes the dates: a moved milestone never fires a stale reminder.
  const interrupted = () => changed || state.status !== 'active';
  while (state.status === 'active') {
    changed = false;
    const [next] = pending();
    if (!next) {
      await condition(interrupted);
      continue;
    }
    // A completion or move can land in the same activation as the timer: asked again after a timeout.
    if ((await condition(interrupted, Math.max(1, Date.parse(next.at) - Date.now()))) || interrupted()) continue;
    state.sent.push(eventKey(next));
    await (next.kind === 'reminder' ? remind(next) : escalate(next));
  }
  await condition(allHandlersFinished);
  return view();
}
