import { allHandlersFinished, condition, makeContinueAsNewFunc, upsertSearchAttributes } from '@temporalio/workflow';
import type { DraftGuideline, Guideline } from '../../domain/guideline/guideline';
import { expiryInstant, expiryReminderSchedule, ScheduledReminder } from '../../domain/reminders/expiryReminders';
import type { keyedOutcomes } from '../kit/ledger';
import { nowIso } from '../kit/time';
import type { GuidelineView } from './api';
import type { CarriedState, guidelineLifecycle } from './lifecycle';
import { guidelineSearchAttributes } from './searchAttributes';

/** What a guideline gathers over its life, in whichever phase. */
interface GuidelineRecord {
  consultationRounds: GuidelineView['consultationRounds'];
  implementations: GuidelineView['implementations'];
  followUps: GuidelineView['followUps'];
  adoption?: GuidelineView['adoption'];
  retirement?: GuidelineView['retirement'];
}

/** Before a decision: a draft has no validity. */
export interface DraftState extends GuidelineRecord {
  phase: 'drafting';
  status: 'draft' | 'in-consultation' | 'awaiting-decision' | 'retired';
  guideline: DraftGuideline;
}

/** A validity period: the guideline has its validFrom and validUntil. */
export interface PeriodState extends GuidelineRecord {
  phase: 'validity';
  status: 'in-force' | 'expired' | 'retired';
  guideline: Guideline;
  /** 1 for the period it was registered or adopted with, +1 for each extension. */
  period: number;
  /** Reminders due before this instant were already past when the period began and are skipped. */
  periodStartedAt: string;
  sentReminders: string[];
  extensions: GuidelineView['extensions'];
  /** Whether the owner and subscribers have the last day of validity in their calendars, from a mail of any period. */
  validityEventSent?: boolean;
}

export type GuidelineState = DraftState | PeriodState;

export type Extension = PeriodState['extensions'][number];

/** A ledger row under this guideline's workflow, keyed by what happened once. */
export type Outcome = ReturnType<typeof keyedOutcomes>;

/** The period a run starts with: carried from the run before, or the first of a guideline registered in force. */
export function periodOf(guideline: Guideline, carried: CarriedState | undefined): PeriodState {
  const {
    consultationRounds = [],
    implementations = [],
    followUps = [],
    ...period
  } = carried ?? {
    status: 'in-force',
    period: 1,
    periodStartedAt: nowIso(),
    sentReminders: [],
    extensions: [],
  };
  return { phase: 'validity', guideline, ...period, consultationRounds, implementations, followUps };
}

/** The reminders of this period still to send, earliest first. */
export function pendingReminders(state: PeriodState): ScheduledReminder[] {
  return expiryReminderSchedule(state.guideline.validUntil, state.guideline.reminderPolicy).filter(
    (r) => r.at >= state.periodStartedAt && !state.sentReminders.includes(r.at),
  );
}

export function viewOf(state: GuidelineState): GuidelineView {
  const validity =
    state.phase === 'validity'
      ? {
          period: state.period,
          expiresAt: expiryInstant(state.guideline.validUntil),
          upcomingReminders: state.status === 'in-force' ? pendingReminders(state) : [],
          sentReminders: state.sentReminders,
          extensions: state.extensions,
        }
      : { period: 1, upcomingReminders: [], sentReminders: [], extensions: [] };
  return {
    guidelineId: state.guideline.id,
    status: state.status,
    guideline: state.guideline,
    ...validity,
    consultationRounds: state.consultationRounds,
    implementations: state.implementations,
    followUps: state.followUps,
    adoption: state.adoption,
    retirement: state.retirement,
  };
}

export const searchAttributesOf = (state: GuidelineState) => guidelineSearchAttributes(state.guideline, state.status);

/**
 * Hands the period on to a new run of the same workflow. Callers wait for every handler to finish first, so this
 * is the final state of this run; a retired guideline has no next run.
 */
export function continueWith(state: PeriodState & { status: CarriedState['status'] }): Promise<never> {
  const {
    guideline,
    status,
    period,
    periodStartedAt,
    sentReminders,
    extensions,
    consultationRounds,
    adoption,
    implementations,
    followUps,
    validityEventSent,
  } = state;
  const next = makeContinueAsNewFunc<typeof guidelineLifecycle>({ typedSearchAttributes: searchAttributesOf(state) });
  return next({
    guideline,
    carried: {
      status,
      period,
      periodStartedAt,
      sentReminders,
      extensions,
      consultationRounds,
      adoption,
      implementations,
      followUps,
      validityEventSent,
    },
  });
}

/** The last run of a retired guideline ends: its search attributes and the ledger say so. */
export async function endRetired(state: GuidelineState, outcome: Outcome): Promise<GuidelineView> {
  upsertSearchAttributes(searchAttributesOf(state));
  await outcome('retired', 'retired', { ...state.retirement });
  await condition(allHandlersFinished);
  return viewOf(state);
}
