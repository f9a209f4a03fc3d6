import {
  allHandlersFinished,
  condition,
  makeContinueAsNewFunc,
  ParentClosePolicy,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Contact } from '../../domain/directory/contact';
import { expiryInstant, expiryReminderSchedule, ScheduledReminder } from '../../domain/reminders/expiryReminders';
import { consultationStartSchema } from '../../domain/consultation/consultation';
import {
  adoptionProblem,
  adoptSchema,
  consultationProblem,
  DraftGuideline,
  extendValiditySchema,
  extensionProblem,
  followUpProblem,
  Guideline,
  retirementProblem,
  retireSchema,
} from '../../domain/guideline/guideline';
import { stockholmDate } from '../../domain/calendar/dates';
import { parseOrThrow, ValidationError } from '../../domain/validation';
import { consultationRound } from '../consultation/round';
import { followUpSurvey } from '../followUp/survey';
import { followUpWorkflowId, implementationWorkflowId } from '../followUp/api';
import { implementationTracking } from '../followUp/implementation';
import { followUpPlanSchema } from '../../domain/followUp/survey';
import { implementationPlanSchema } from '../../domain/followUp/implementation';
import { sendBatch } from '../kit/mail';
import { bodySecretary, recordOutcome } from '../kit/ledger';
import { nowIso } from '../kit/time';
import { consultationWorkflowId } from '../../domain/ids';
import {
  adoptUpdate,
  extendValidityUpdate,
  GuidelineView,
  guidelineStateQuery,
  planFollowUpUpdate,
  planImplementationUpdate,
  retireUpdate,
  startConsultationUpdate,
} from './api';
import { GuidelineBody, GuidelineKind, GuidelineStatus, GuidelineValidUntil } from './searchAttributes';

/** State carried across continue-as-new: plain JSON only. */
export interface CarriedState {
  status: 'in-force' | 'expired';
  period: number;
  /** Reminders due before this instant were already past when the period began and are skipped. */
  periodStartedAt: string;
  sentReminders: string[];
  extensions: GuidelineView['extensions'];
  consultationRounds?: GuidelineView['consultationRounds'];
  adoption?: GuidelineView['adoption'];
  implementations?: GuidelineView['implementations'];
  followUps?: GuidelineView['followUps'];
}

export interface GuidelineLifecycleInput {
  /** A draft has no validity yet; a guideline registered in force has. */
  guideline: Guideline | DraftGuideline;
  carried?: CarriedState;
}

const PRE_FORCE = ['draft', 'in-consultation', 'awaiting-decision'];

type NextEvent = { kind: 'reminder'; reminder: ScheduledReminder } | { kind: 'expiry'; at: string };

function recipientsOf(guideline: DraftGuideline): Contact[] {
  const seen = new Set<string>();
  return [guideline.owner, ...guideline.subscribers].filter((c) => {
    const key = c.email.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function searchAttributes(guideline: DraftGuideline & { validUntil?: string }, status: string) {
  return [
    ...(guideline.validUntil ? [{ key: GuidelineValidUntil, value: new Date(expiryInstant(guideline.validUntil)) }] : []),
    { key: GuidelineStatus, value: status },
    { key: GuidelineBody, value: guideline.responsibleBody },
    { key: GuidelineKind, value: guideline.kind },
  ];
}

/**
 * One guideline from first draft to retirement. A draft goes out on consultation rounds (child workflows)
 * and awaits a decision; once adopted it reminds its owner and subscribers before validity ends, tells the
 * responsible body's secretary when it ends with no decision, and starts a new run for every new validity period.
 */
export async function guidelineLifecycle(input: GuidelineLifecycleInput): Promise<GuidelineView> {
  const workflowId = workflowInfo().workflowId;
  const state: Omit<CarriedState, 'status' | 'consultationRounds' | 'implementations' | 'followUps'> & {
    guideline: DraftGuideline & { validFrom?: string; validUntil?: string };
    status: GuidelineView['status'];
    retirement?: GuidelineView['retirement'];
    consultationRounds: GuidelineView['consultationRounds'];
    implementations: GuidelineView['implementations'];
    followUps: GuidelineView['followUps'];
  } = {
    guideline: input.guideline,
    ...(input.carried ?? {
      status: 'validUntil' in input.guideline ? 'in-force' : 'draft',
      period: 1,
      periodStartedAt: nowIso(),
      sentReminders: [],
      extensions: [],
    }),
    consultationRounds: input.carried?.consultationRounds ?? [],
    implementations: input.carried?.implementations ?? [],
    followUps: input.carried?.followUps ?? [],
  };
  let extended = false;
  let adopted = false;
  // Between a decision and the run that starts its period, only a retirement may still come in.
  let transitioning = false;
  const transitionProblem = () =>
    transitioning ? 'status: the guideline is starting a new validity period; try again in a moment' : undefined;
  let roundFinished = false;
  // Only called once the guideline is in force or expired, when validity is known.
  const validUntil = () => state.guideline.validUntil!;

  const schedule = () => expiryReminderSchedule(validUntil(), state.guideline.reminderPolicy);
  const pendingReminders = () => schedule().filter((r) => r.at >= state.periodStartedAt && !state.sentReminders.includes(r.at));
  const view = (): GuidelineView => ({
    guidelineId: state.guideline.id,
    status: state.status,
    guideline: state.guideline,
    period: state.period,
    expiresAt: state.guideline.validUntil ? expiryInstant(state.guideline.validUntil) : undefined,
    upcomingReminders: state.status === 'in-force' ? pendingReminders() : [],
    sentReminders: state.sentReminders,
    extensions: state.extensions,
    consultationRounds: state.consultationRounds,
    implementations: state.implementations,
    followUps: state.followUps,
    adoption: state.adoption,
    retirement: state.retirement,
  });
  const outcome = (key: string, kind: string, details: Record<string, unknown>) =>
    recordOutcome({ key: `${workflowId}|${key}`, workflowId, subjectId: state.guideline.id, kind, occurredAt: nowIso(), details });

  setHandler(guidelineStateQuery, view);
  setHandler(
    extendValidityUpdate,
    (request) => {
      const ext = extendValiditySchema.parse(request);
      state.extensions.push({ ...ext, at: nowIso(), previousUntil: validUntil() });
      state.guideline = { ...state.guideline, validUntil: ext.validUntil, ...(ext.version ? { version: ext.version } : {}) };
      extended = true;
      return view();
    },
    {
      validator: (request) => {
        const ext = parseOrThrow(extendValiditySchema, request);
        const problem = transitionProblem() ?? extensionProblem(state.status, state.guideline.validUntil, ext, stockholmDate(Date.now()));
        if (problem) throw new ValidationError([problem]);
      },
    },
  );
  setHandler(
    retireUpdate,
    (request) => {
      state.retirement = { ...retireSchema.parse(request), at: nowIso() };
      state.status = 'retired';
      return view();
    },
    {
      validator: (request) => {
        parseOrThrow(retireSchema, request);
        const problem = retirementProblem(state.status);
        if (problem) throw new ValidationError([problem]);
      },
    },
  );

  setHandler(
    startConsultationUpdate,
    async (request) => {
      const start = consultationStartSchema.parse(request);
      state.status = 'in-consultation';
      roundFinished = false;
      const round = state.consultationRounds.length + 1;
      const roundId = consultationWorkflowId(state.guideline.id, round);
      state.consultationRounds.push({ round, workflowId: roundId, opensOn: start.opensOn, deadline: start.deadline });
      const child = await startChild(consultationRound, {
        workflowId: roundId,
        args: [{ guidelineId: state.guideline.id, round, ...start }],
      });
      // A round that fails or is terminated by an operator still hands the guideline on to its decision.
      child.result().then(
        () => (roundFinished = true),
        () => (roundFinished = true),
      );
      upsertSearchAttributes(searchAttributes(state.guideline, state.status));
      await outcome(`consultation|${round}`, 'consultation-started', { round, workflowId: roundId, deadline: start.deadline });
      return view();
    },
    {
      validator: (request) => {
        parseOrThrow(consultationStartSchema, request);
        const problem = transitionProblem() ?? consultationProblem(state.status);
        if (problem) throw new ValidationError([problem]);
      },
    },
  );
  setHandler(
    adoptUpdate,
    (request) => {
      const adoption = adoptSchema.parse(request);
      state.guideline = { ...state.guideline, validFrom: adoption.validFrom, validUntil: adoption.validUntil };
      state.status = 'in-force';
      state.adoption = { ...adoption, at: nowIso() };
      adopted = true;
      return view();
    },
    {
      validator: (request) => {
        parseOrThrow(adoptSchema, request);
        const problem = transitionProblem() ?? adoptionProblem(state.status);
        if (problem) throw new ValidationError([problem]);
      },
    },
  );

  /** Implementation and follow-ups belong to an adopted guideline and start on a date still ahead. */
  const refuseAfterDecision = (what: string, field: string, date: string) => {
    const problem =
      transitionProblem() ??
      followUpProblem(state.status, what) ??
      (date < stockholmDate(Date.now()) ? `${field}: ${date} has already passed` : undefined);
    if (problem) throw new ValidationError([problem]);
  };
  // Implementation and follow-ups outlive the period they start in: abandoned, not terminated, at continue-as-new.
  setHandler(
    planImplementationUpdate,
    async (request) => {
      const plan = implementationPlanSchema.parse(request);
      const n = state.implementations.length + 1;
      const childId = implementationWorkflowId(state.guideline.id, n);
      state.implementations.push({ n, workflowId: childId, deadline: plan.deadline });
      await startChild(implementationTracking, {
        workflowId: childId,
        parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [{ guidelineId: state.guideline.id, n, title: state.guideline.title, owner: state.guideline.owner, plan }],
      });
      await outcome(`implementation|${n}`, 'implementation-planned', { workflowId: childId, deadline: plan.deadline });
      return view();
    },
    {
      validator: (request) => {
        const plan = parseOrThrow(implementationPlanSchema, request);
        refuseAfterDecision('an implementation deadline', 'deadline', plan.deadline);
      },
    },
  );
  setHandler(
    planFollowUpUpdate,
    async (request) => {
      const plan = followUpPlanSchema.parse(request);
      const n = state.followUps.length + 1;
      const childId = followUpWorkflowId(state.guideline.id, n);
      state.followUps.push({ n, workflowId: childId, title: plan.title, opensOn: plan.opensOn, closesOn: plan.closesOn });
      await startChild(followUpSurvey, {
        workflowId: childId,
        parentClosePolicy: ParentClosePolicy.ABANDON,
        args: [{ guidelineId: state.guideline.id, n, plan }],
      });
      await outcome(`follow-up|${n}`, 'follow-up-planned', { workflowId: childId, opensOn: plan.opensOn, closesOn: plan.closesOn });
      return view();
    },
    {
      validator: (request) => {
        const plan = parseOrThrow(followUpPlanSchema, request);
        refuseAfterDecision('a follow-up', 'opensOn', plan.opensOn);
      },
    },
  );

  if (!input.carried) {
    await outcome(`registered`, 'registered', { guideline: state.guideline });
  }

  // Drafting: consultation rounds until a decision adopts the guideline (or it is retired unadopted).
  while (PRE_FORCE.includes(state.status)) {
    const before = state.status;
    if (before === 'in-consultation') {
      await condition(() => roundFinished || state.status !== 'in-consultation');
      if (state.status === 'in-consultation') {
        state.status = 'awaiting-decision';
        upsertSearchAttributes(searchAttributes(state.guideline, state.status));
        await outcome(`awaiting-decision|${state.consultationRounds.length}`, 'awaiting-decision', {});
      }
    } else {
      await condition(() => state.status !== before);
    }
  }
  // Updates change `state` between awaits, so the code asks rather than trusting narrowed types.
  const isRetired = () => state.status === 'retired';
  if (adopted && !isRetired()) {
    transitioning = true;
    await outcome('adopted', 'adopted', { ...state.adoption });
    await condition(allHandlersFinished);
    if (!isRetired()) {
      return continueWith(state.guideline as Guideline, {
        status: 'in-force',
        period: 1,
        periodStartedAt: nowIso(),
        sentReminders: [],
        extensions: [],
        consultationRounds: state.consultationRounds,
        adoption: state.adoption,
        implementations: state.implementations,
        followUps: state.followUps,
      });
    }
  }

  const sendReminder = async (reminder: ScheduledReminder) => {
    const g = state.guideline as Guideline;
    const refused = await sendBatch(
      recipientsOf(g).map((to) => ({
        idempotencyKey: `${workflowId}|expiry-reminder|${reminder.at}|${to.email.toLowerCase()}`,
        workflowId,
        to,
        dueAt: reminder.at,
        message: {
          template: 'expiry-reminder',
          guidelineId: g.id,
          title: g.title,
          validUntil: g.validUntil,
          responsibleBody: g.responsibleBody,
          daysLeft: reminder.daysLeft,
        },
      })),
    );
    state.sentReminders.push(reminder.at);
    await outcome(`reminder|${reminder.at}`, 'expiry-reminder-sent', {
      date: reminder.date,
      daysBefore: reminder.daysBefore,
      validUntil: g.validUntil,
      recipients: recipientsOf(g).map((c) => c.email),
      refused,
    });
  };

  const expire = async () => {
    const g = state.guideline as Guideline;
    state.status = 'expired';
    upsertSearchAttributes(searchAttributes(g, state.status));
    const secretary = await bodySecretary(g.responsibleBody);
    const refused = await sendBatch([
      {
        idempotencyKey: `${workflowId}|guideline-expired|${g.validUntil}|${secretary.email.toLowerCase()}`,
        workflowId,
        to: secretary,
        dueAt: expiryInstant(g.validUntil),
        message: {
          template: 'guideline-expired',
          guidelineId: g.id,
          title: g.title,
          validUntil: g.validUntil,
          responsibleBody: g.responsibleBody,
          ownerName: g.owner.name,
          ownerEmail: g.owner.email,
        },
      },
    ]);
    await outcome(`expired|${g.validUntil}`, 'expired', { validUntil: g.validUntil, secretary: secretary.email, refused });
  };

  const nextEvent = (): NextEvent => {
    const [reminder] = pendingReminders();
    return reminder ? { kind: 'reminder', reminder } : { kind: 'expiry', at: expiryInstant(validUntil()) };
  };

  const settled = () => extended || isRetired();
  while (!settled()) {
    if (state.status === 'in-force') {
      const next = nextEvent();
      const at = next.kind === 'reminder' ? next.reminder.at : next.at;
      const interrupted = await condition(settled, Math.max(1, Date.parse(at) - Date.now()));
      if (interrupted) break;
      if (next.kind === 'reminder') await sendReminder(next.reminder);
      else await expire();
    } else {
      await condition(settled);
    }
    if (!settled() && workflowInfo().continueAsNewSuggested) {
      transitioning = true;
      await condition(allHandlersFinished);
      if (!settled()) await continueWith(state.guideline as Guideline, state as CarriedState);
      transitioning = false;
    }
  }

  if (!isRetired()) {
    transitioning = true;
    const last = state.extensions[state.extensions.length - 1];
    await outcome(`extended|${last.validUntil}`, 'extended', { ...last, period: state.period + 1 });
    await condition(allHandlersFinished);
  }
  if (isRetired()) {
    upsertSearchAttributes(searchAttributes(state.guideline, 'retired'));
    await outcome(`retired`, 'retired', { ...state.retirement });
    await condition(allHandlersFinished);
    return view();
  }
  return continueWith(state.guideline as Guideline, {
    status: 'in-force',
    period: state.period + 1,
    periodStartedAt: nowIso(),
    sentReminders: [],
    extensions: state.extensions,
    consultationRounds: state.consultationRounds,
    adoption: state.adoption,
    implementations: state.implementations,
    followUps: state.followUps,
  });
}

/** Callers wait for every handler to finish first, so `carried` is the final state of this run. */
function continueWith(guideline: Guideline, carried: CarriedState): Promise<never> {
  const { status, period, periodStartedAt, sentReminders, extensions, consultationRounds, adoption, implementations, followUps } = carried;
  const next = makeContinueAsNewFunc<typeof guidelineLifecycle>({
    typedSearchAttributes: searchAttributes(guideline, status),
  });
  return next({
    guideline,
    carried: { status, period, periodStartedAt, sentReminders, extensions, consultationRounds, adoption, implementations, followUps },
  });
}
