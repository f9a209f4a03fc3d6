import {
  allHandlersFinished,
  condition,
  ParentClosePolicy,
  patched,
  setHandler,
  startChild,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Guideline } from '../../domain/guideline/guideline';
import { followUpWorkflowId, implementationWorkflowId } from '../../domain/ids';
import { calendarUid } from '../../domain/mail/calendarEvent';
import type { MailSpec } from '../../domain/mail/mailSpec';
import { reportInstant } from '../../domain/reminders/deadlineReminders';
import { expiryInstant, ScheduledReminder } from '../../domain/reminders/expiryReminders';
import { followUpSurvey } from '../followUp/survey';
import { implementationTracking } from '../followUp/implementation';
import { bodySecretary, keyedOutcomes, recordOutcome } from '../kit/ledger';
import { readModel } from '../kit/readModel';
import { mailToContacts, sendBatch, uniqueContacts } from '../kit/mail';
import { nowIso } from '../kit/time';
import { validatedUpdate } from '../kit/validatedUpdate';
import { wakeAtOrOnChange } from '../kit/wake';
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
import type { CarriedState } from './lifecycle';
import { guidelineProjection } from './projection';
import { guidelineRules, refusedUpdate } from './rules';
import { continueWith, endRetired, Extension, pendingReminders, periodOf, searchAttributesOf, viewOf } from './state';

/** Guidelines in force before this change mailed the secretary at midnight after the last valid day, whatever day followed. */
const EXPIRY_NOTICE_ON_BUSINESS_DAY = 'expiry-notice-on-business-day';
/** Guidelines in force before this change left the last day of validity in calendars when it moved or went. */
const VALIDITY_CALENDAR_UPDATES = 'validity-calendar-updates';

/**
 * A guideline in force for one validity period reminds its owner and subscribers before validity ends, and tells the
 * responsible body's secretary when it ends with no decision. An extension hands it on to a new run, the next period;
 * a long period also continues as new when its history grows.
 */
export async function validityPeriod(guideline: Guideline, carried: CarriedState | undefined): Promise<GuidelineView> {
  const { workflowId } = workflowInfo();
  const state = periodOf(guideline, carried);
  /** Set by the decision that extends validity: this run then only hands the guideline on to its next period. */
  let extension: Extension | undefined;
  // Waiting for its handlers to finish before continuing as new, the run takes no decision but a retirement.
  let continuing = false;
  const view = () => viewOf(state);
  const rules = guidelineRules(
    () => state,
    () => extension !== undefined || continuing,
  );
  const outcome = keyedOutcomes(recordOutcome, workflowId, () => state.guideline.id);

  setHandler(guidelineStateQuery, view);
  readModel(() => guidelineProjection(workflowId, state));

  validatedUpdate(extendValidityUpdate, rules.extend, (ext) => {
    extension = { ...ext, at: nowIso(), previousUntil: state.guideline.validUntil };
    state.extensions.push(extension);
    state.guideline = { ...state.guideline, validUntil: ext.validUntil, ...(ext.version ? { version: ext.version } : {}) };
    return view();
  });

  validatedUpdate(retireUpdate, rules.retire, (retirement) => {
    state.retirement = { ...retirement, at: nowIso() };
    state.status = 'retired';
    return view();
  });

  // Implementation and follow-ups outlive the period they start in: abandoned, not terminated, at continue-as-new.
  validatedUpdate(planImplementationUpdate, rules.planImplementation, async (plan) => {
    const { id, title, owner } = state.guideline;
    const n = state.implementations.length + 1;
    const childId = implementationWorkflowId(id, n);
    state.implementations.push({ n, workflowId: childId, deadline: plan.deadline });
    await startChild(implementationTracking, {
      workflowId: childId,
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [{ guidelineId: id, n, title, owner, plan }],
    });
    await outcome(`implementation|${n}`, 'implementation-planned', { workflowId: childId, deadline: plan.deadline });
    return view();
  });

  validatedUpdate(planFollowUpUpdate, rules.planFollowUp, async (plan) => {
    const { id } = state.guideline;
    const n = state.followUps.length + 1;
    const childId = followUpWorkflowId(id, n);
    state.followUps.push({ n, workflowId: childId, title: plan.title, opensOn: plan.opensOn, closesOn: plan.closesOn });
    await startChild(followUpSurvey, {
      workflowId: childId,
      parentClosePolicy: ParentClosePolicy.ABANDON,
      args: [{ guidelineId: id, n, plan }],
    });
    await outcome(`follow-up|${n}`, 'follow-up-planned', { workflowId: childId, opensOn: plan.opensOn, closesOn: plan.closesOn });
    return view();
  });

  // What a draft does; the rules say why a guideline in force does not.
  refusedUpdate(startConsultationUpdate, rules.startConsultation);
  refusedUpdate(adoptUpdate, rules.adopt);

  /**
   * The last day of validity in the owner's and subscribers' calendars: one event over every period, one change
   * further with every extension, and one more when a retirement takes it away.
   */
  const validityEvent = (changes = 0) => ({ uid: calendarUid(workflowId, 'valid-until'), sequence: state.extensions.length + changes });
  const mailHolders = (purpose: string, event: string, message: MailSpec) => {
    const g = state.guideline;
    return sendBatch(mailToContacts({ workflowId, purpose, event, dueAt: nowIso() }, [g.owner, ...g.subscribers], message));
  };

  const remind = async (reminder: ScheduledReminder) => {
    const g = state.guideline;
    const recipients = [g.owner, ...g.subscribers];
    const occasion = { workflowId, purpose: 'expiry-reminder', event: reminder.at, dueAt: reminder.at };
    const refused = await sendBatch(
      mailToContacts(occasion, recipients, {
        template: 'expiry-reminder',
        guidelineId: g.id,
        title: g.title,
        validUntil: g.validUntil,
        responsibleBody: g.responsibleBody,
        daysLeft: reminder.daysLeft,
        calendar: validityEvent(),
      }),
    );
    state.sentReminders.push(reminder.at);
    state.validityEventSent = true;
    await outcome(`reminder|${reminder.at}`, 'expiry-reminder-sent', {
      date: reminder.date,
      daysBefore: reminder.daysBefore,
      validUntil: g.validUntil,
      recipients: uniqueContacts(recipients).map((c) => c.email),
      refused,
    });
  };

  const expire = async () => {
    const g = state.guideline;
    state.status = 'expired';
    upsertSearchAttributes(searchAttributesOf(state));
    const secretary = await bodySecretary(g.responsibleBody);
    const notice = (dueAt: string) =>
      sendBatch(
        mailToContacts({ workflowId, purpose: 'guideline-expired', event: g.validUntil, dueAt }, [secretary], {
          template: 'guideline-expired',
          guidelineId: g.id,
          title: g.title,
          validUntil: g.validUntil,
          responsibleBody: g.responsibleBody,
          ownerName: g.owner.name,
          ownerEmail: g.owner.email,
        }),
      );
    const expired = { validUntil: g.validUntil, secretary: secretary.email };
    if (!patched(EXPIRY_NOTICE_ON_BUSINESS_DAY)) {
      await outcome(`expired|${g.validUntil}`, 'expired', { ...expired, refused: await notice(expiryInstant(g.validUntil)) });
      return;
    }
    // Expired at midnight; the secretary hears on a business morning outside the quiet periods, unless a decision
    // taken before then has made the notice moot.
    await outcome(`expired|${g.validUntil}`, 'expired', expired);
    const noticeAt = reportInstant(g.validUntil, g.reminderPolicy);
    if ((await wakeAtOrOnChange(noticeAt, decided)) === 'changed') return;
    const refused = await notice(noticeAt);
    if (refused.length) await outcome(`expiry-notice|${g.validUntil}`, 'expiry-notice-refused', { validUntil: g.validUntil, refused });
  };

  /** In force, the first reminder still to send, else the end of validity; once expired, nothing is due. */
  const nextDue = () => {
    if (state.status !== 'in-force') return undefined;
    const [reminder] = pendingReminders(state);
    return reminder ? { at: reminder.at, act: () => remind(reminder) } : { at: expiryInstant(state.guideline.validUntil), act: expire };
  };

  if (!carried) await outcome('registered', 'registered', { guideline });

  const retired = () => state.status === 'retired';
  const decided = () => extension !== undefined || retired();
  for (let next = nextDue(); next && !decided(); next = nextDue()) {
    if ((await wakeAtOrOnChange(next.at, decided)) === 'changed') break;
    await next.act();
    if (!decided() && workflowInfo().continueAsNewSuggested) {
      continuing = true;
      await condition(allHandlersFinished);
      if (!extension && state.status !== 'retired') await continueWith({ ...state, status: state.status });
      continuing = false;
    }
  }
  // Expired, it waits for a late extension or a retirement.
  await wakeAtOrOnChange(undefined, decided);

  if (extension && !retired()) {
    await outcome(`extended|${extension.validUntil}`, 'extended', { ...extension, period: state.period + 1 });
    // Whoever has the last day of validity in their calendar sees it move.
    if (state.validityEventSent && patched(VALIDITY_CALENDAR_UPDATES)) {
      const g = state.guideline;
      await mailHolders('validity-extended', extension.validUntil, {
        template: 'validity-extended',
        guidelineId: g.id,
        title: g.title,
        previousUntil: extension.previousUntil,
        validUntil: extension.validUntil,
        decisionRef: extension.decisionRef,
        calendar: validityEvent(),
      });
    }
    await condition(allHandlersFinished);
  }
  // A retirement may still have come in while the extension was recorded.
  if (retired()) {
    const { retirement, guideline: g } = state;
    // Whoever has the last day of validity in their calendar sees it go.
    if (retirement && state.validityEventSent && patched(VALIDITY_CALENDAR_UPDATES)) {
      await mailHolders('guideline-retired', g.validUntil, {
        template: 'guideline-retired',
        guidelineId: g.id,
        title: g.title,
        validUntil: g.validUntil,
        reason: retirement.reason,
        decisionRef: retirement.decisionRef,
        calendar: validityEvent(1),
      });
    }
    return endRetired(state, outcome);
  }
  return continueWith({ ...state, status: 'in-force', period: state.period + 1, periodStartedAt: nowIso(), sentReminders: [] });
}
