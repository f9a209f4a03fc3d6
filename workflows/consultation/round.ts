import { allHandlersFinished, condition, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  addRecipientSchema,
  closeRoundSchema,
  ConsultationRoundInput,
  Recipient,
  withdrawRecipientSchema,
} from '../../domain/consultation/consultation';
import { consultationProgress, isLate, ResponseRecord, responseOf } from '../../domain/consultation/progress';
import {
  addRecipientProblem,
  closeRoundProblem,
  extendDeadlineProblem,
  extendDeadlineSchemaOn,
  nextRoundEvent,
  pendingReminders,
  RoundEvent,
  RoundSchedule,
  RoundState,
  recordResponseProblem,
  summaryInstant,
  recordResponseSchemaOn,
  withdrawRecipientProblem,
} from '../../domain/consultation/round';
import { daysBetween } from '../../domain/calendar/dates';
import { deadlineInForce, statedDeadline } from '../../domain/calendar/deadlineRule';
import { answerDeadlineInstant, openingInstant } from '../../domain/reminders/deadlineReminders';
import { calendarUid } from '../../domain/mail/calendarEvent';
import type { MailSpec } from '../../domain/mail/mailSpec';
import {
  addRecipientUpdate,
  closeRoundUpdate,
  ConsultationView,
  consultationProgressQuery,
  extendDeadlineUpdate,
  recordResponseUpdate,
  withdrawRecipientUpdate,
} from './api';
import { recordOutcomeLocally, sequencedOutcomes } from '../kit/ledger';
import { readModel } from '../kit/readModel';
import { mailToOrganisations, sendBatch } from '../kit/mail';
import { nowIso } from '../kit/time';
import { validatedUpdate } from '../kit/validatedUpdate';
import { wakeAtOrOnChange } from '../kit/wake';
import { roundMail } from './roundMail';
import { roundProjection } from './roundProjection';

/** Rounds started before this change sent the summary the moment the deadline passed, whatever day that was. */
const SUMMARY_ON_BUSINESS_DAY = 'consultation-summary-on-business-day';
/** Rounds started before this change told nobody whose deadline no longer applied. */
const CALENDAR_CANCELLATIONS = 'consultation-calendar-cancellations';

type Phase =
  | { status: 'scheduled' }
  /** `invited` once the invitations are out: before that, nobody is told of a changed deadline. */
  | { status: 'open'; invited: boolean }
  /** The deadline has passed; the process owner's summary of who answered by it follows on a business morning. */
  | { status: 'deadline-passed'; summaryDue: boolean }
  /**
   * A round closed before its deadline passed still owes its owner that summary, and its recipients word that the
   * deadline no longer applies; one closed before it opened invited nobody.
   */
  | { status: 'closed'; summaryDue: boolean; closedEarly: boolean; reason?: string };

interface Round {
  phase: Phase;
  /** As given, and as extended: the rule says which day is in force. */
  deadline: string;
  recipients: Recipient[];
  withdrawn: string[];
  responses: Record<string, ResponseRecord>;
  extensions: ConsultationView['extensions'];
  sentReminders: string[];
  /** Reminders due before this instant belong to an earlier deadline and are never sent. */
  scheduleFrom: string;
  /** The SEQUENCE of the deadline's calendar event: one more with every change to the round. */
  calendarSequence: number;
}

/**
 * One consultation round (remiss): invites every recipient organisation when it opens, reminds only those
 * that have not answered, tells the process owner at the deadline who is missing, and takes late answers,
 * flagged, until it is closed. A child of the guideline, so that its answers stay out of the guideline's history.
 */
export async function consultationRound(input: ConsultationRoundInput): Promise<ConsultationView> {
  const { workflowId } = workflowInfo();
  const round: Round = {
    phase: { status: 'scheduled' },
    deadline: input.deadline,
    recipients: [...input.recipients],
    withdrawn: [],
    responses: {},
    extensions: [],
    sentReminders: [],
    scheduleFrom: nowIso(),
    calendarSequence: 0,
  };
  // A round started before deadline rules existed keeps its deadline as given.
  const deadlineRule = input.deadlineRule ?? 'keep';
  const inForce = () => deadlineInForce(round.deadline, deadlineRule);
  /** Set by an Update that moves what the main loop waits for. */
  let changed = false;

  const status = () => round.phase.status;
  const rules = (): RoundState => ({ ...round, status: status(), opensOn: input.opensOn, deadlineRule });
  const schedule = (): RoundSchedule => ({ ...round, opensOn: input.opensOn, deadlineRule, reminderPolicy: input.reminderPolicy });
  const active = () => round.recipients.filter((r) => !round.withdrawn.includes(r.organisationId));
  const silent = () => active().filter((r) => !responseOf(round.responses, r.organisationId));
  const progress = () => consultationProgress(round.recipients, round.responses, round.withdrawn);
  const view = (): ConsultationView => ({
    guidelineId: input.guidelineId,
    round: input.round,
    status: status(),
    document: input.document,
    opensOn: input.opensOn,
    deadline: round.deadline,
    deadlineRule,
    deadlineInForce: inForce(),
    processOwner: input.processOwner,
    progress: progress(),
    recipients: round.recipients,
    withdrawn: round.withdrawn,
    responses: round.responses,
    upcomingReminders: status() === 'open' || status() === 'scheduled' ? pendingReminders(schedule()) : [],
    extensions: round.extensions,
    closeReason: round.phase.status === 'closed' ? round.phase.reason : undefined,
    calendarSequence: round.calendarSequence,
    closedEarly: round.phase.status === 'closed' ? round.phase.closedEarly : undefined,
  });
  const record = sequencedOutcomes(recordOutcomeLocally, workflowId, input.guidelineId);
  const outcome = (kind: string, details: Record<string, unknown>) => record(kind, { round: input.round, ...details });
  const mail = roundMail(input);
  const stated = () => statedDeadline(round.deadline, deadlineRule);
  /** This round's deadline in the calendars of this organisation's contacts, as it stands now. */
  const calendar = (r: Recipient) => ({ uid: calendarUid(workflowId, 'deadline', r.organisationId), sequence: round.calendarSequence });

  /**
   * Mails each recipient's contacts once; addresses the mail server refuses are recorded, not retried. `event`
   * tells mail of one purpose apart in its key; `dueAt`, when it fell due, defaults to it.
   */
  const mailEach = async (
    purpose: string,
    { event, dueAt = event }: { event: string; dueAt?: string },
    recipients: Recipient[],
    message: (r: Recipient) => MailSpec,
  ) => {
    const refused = await sendBatch(mailToOrganisations({ workflowId, purpose, event, dueAt }, recipients, message));
    if (refused.length) await outcome('consultation-mail-refused', { purpose, refused });
  };
  const invite = (recipients: Recipient[]) =>
    mailEach('invitation', { event: openingInstant(input.opensOn, input.reminderPolicy.sendAt) }, recipients, (r) =>
      mail.invitation(r, stated(), calendar(r)),
    );
  // The owner's mail keeps the key it has always had, which names a pseudo-organisation.
  const owner: Recipient = {
    organisationId: 'process-owner',
    organisationName: input.processOwner.name,
    progressGroup: '-',
    contacts: [input.processOwner],
  };
  // Keyed by the deadline as given, as it always was.
  const sendSummary = (dueAt: string) => {
    const summary = mail.summary(stated(), progress(), round.recipients);
    return mailEach('summary', { event: answerDeadlineInstant(round.deadline), dueAt }, [owner], () => summary);
  };

  setHandler(consultationProgressQuery, view);
  readModel(() => {
    const { phase } = round;
    return roundProjection(workflowId, view(), {
      invitationAt: phase.status === 'scheduled' ? openingInstant(input.opensOn, input.reminderPolicy.sendAt) : undefined,
      summaryAt:
        phase.status === 'open' || (phase.status === 'deadline-passed' && phase.summaryDue) ? summaryInstant(schedule()) : undefined,
      active: active(),
      silent: silent(),
    });
  });

  validatedUpdate(
    recordResponseUpdate,
    { schema: recordResponseSchemaOn, problem: (response) => recordResponseProblem(rules(), response) },
    async (response) => {
      const previous = responseOf(round.responses, response.organisationId);
      const late = isLate(response.receivedOn, inForce());
      round.responses[response.organisationId] = { ...response, late, recordedAt: nowIso() };
      await outcome('consultation-response', { ...response, late, replaces: previous ?? null });
      const { answered, total } = progress();
      return { organisationId: response.organisationId, late, replaced: previous !== undefined, answered, total };
    },
  );

  validatedUpdate(
    extendDeadlineUpdate,
    { schema: extendDeadlineSchemaOn, problem: (extension) => extendDeadlineProblem(rules(), extension) },
    async (extension) => {
      const previousDeadline = round.deadline;
      const previousInForce = inForce();
      round.extensions.push({ ...extension, previousDeadline, at: nowIso() });
      round.deadline = extension.deadline;
      round.scheduleFrom = nowIso();
      round.calendarSequence++;
      // Late or not is judged against the deadline in force: an answer after the old one may be in time now.
      for (const response of Object.values(round.responses)) response.late = isLate(response.receivedOn, inForce());
      const invited = (round.phase.status === 'open' && round.phase.invited) || round.phase.status === 'deadline-passed';
      const told = invited ? silent() : [];
      // The owner's list of who is missing is then the one at the new deadline.
      if (round.phase.status === 'deadline-passed') round.phase = { status: 'open', invited: true };
      changed = true;
      await outcome('consultation-deadline-extended', { previousDeadline, ...extension });
      if (told.length && status() !== 'closed') {
        const purpose = `deadline-extended-${round.extensions.length}`;
        // Keyed by the new deadline as given, as it always was; due when the extension was made.
        const occasion = { event: answerDeadlineInstant(extension.deadline), dueAt: nowIso() };
        await mailEach(purpose, occasion, told, (r) => mail.deadlineExtended(r, previousInForce, stated(), extension.reason, calendar(r)));
      }
      return view();
    },
  );

  validatedUpdate(
    addRecipientUpdate,
    { schema: addRecipientSchema, problem: (request) => addRecipientProblem(rules(), request) },
    async ({ recipient }) => {
      round.calendarSequence++;
      round.withdrawn = round.withdrawn.filter((id) => id !== recipient.organisationId);
      if (!round.recipients.some((r) => r.organisationId === recipient.organisationId)) round.recipients.push(recipient);
      await outcome('consultation-recipient-added', { organisationId: recipient.organisationId });
      if (status() === 'open' || status() === 'deadline-passed') await invite([recipient]);
      return view();
    },
  );

  validatedUpdate(
    withdrawRecipientUpdate,
    { schema: withdrawRecipientSchema, problem: (withdrawal) => withdrawRecipientProblem(rules(), withdrawal) },
    async (withdrawal) => {
      round.calendarSequence++;
      round.withdrawn.push(withdrawal.organisationId);
      await outcome('consultation-recipient-withdrawn', withdrawal);
      const invited = status() === 'open' || status() === 'deadline-passed';
      const recipient = round.recipients.find((r) => r.organisationId === withdrawal.organisationId);
      if (invited && recipient && patched(CALENDAR_CANCELLATIONS)) {
        await mailEach(`withdrawn-${round.calendarSequence}`, { event: nowIso() }, [recipient], (r) =>
          mail.withdrawn(r, stated(), withdrawal.reason, calendar(r)),
        );
      }
      return view();
    },
  );

  validatedUpdate(closeRoundUpdate, { schema: closeRoundSchema, problem: () => closeRoundProblem(rules()) }, ({ reason }) => {
    const { phase } = round;
    const closedEarly = phase.status === 'open';
    const summaryDue = closedEarly || (phase.status === 'deadline-passed' && phase.summaryDue);
    if (closedEarly) round.calendarSequence++;
    round.phase = { status: 'closed', summaryDue, closedEarly, reason };
    return view();
  });

  const act = async (event: RoundEvent) => {
    switch (event.kind) {
      case 'opening': {
        const opened = { status: 'open' as const, invited: false };
        round.phase = opened;
        round.scheduleFrom = nowIso();
        await outcome('consultation-opened', { deadline: round.deadline, recipients: round.recipients.map((r) => r.organisationId) });
        await invite(active());
        opened.invited = true;
        return;
      }
      case 'reminder': {
        const { reminder } = event;
        round.sentReminders.push(reminder.at);
        const waiting = silent();
        const daysLeft = daysBetween(reminder.date, inForce());
        await mailEach('reminder', { event: reminder.at }, waiting, (r) => mail.reminder(r, stated(), daysLeft, calendar(r)));
        await outcome('consultation-reminder-sent', { date: reminder.date, to: waiting.map((r) => r.organisationId) });
        return;
      }
      case 'deadline': {
        const passed = { deadline: round.deadline, deadlineInForce: inForce(), progress: progress() };
        if (patched(SUMMARY_ON_BUSINESS_DAY)) {
          round.phase = { status: 'deadline-passed', summaryDue: true };
          await outcome('consultation-deadline-passed', passed);
          return;
        }
        round.phase = { status: 'deadline-passed', summaryDue: false };
        await sendSummary(event.at);
        await outcome('consultation-deadline-passed', passed);
        return;
      }
      case 'summary': {
        round.phase = { status: 'deadline-passed', summaryDue: false };
        await sendSummary(event.at);
        return;
      }
    }
  };

  while (round.phase.status !== 'closed') {
    changed = false;
    const event = nextRoundEvent(round.phase, schedule());
    if ((await wakeAtOrOnChange(event?.at, () => changed || status() === 'closed')) === 'due' && event) await act(event);
  }

  const { summaryDue, closedEarly, reason } = round.phase;
  if (summaryDue) await sendSummary(nowIso());
  // Everyone still invited had the deadline in their calendar: it goes, as the round has.
  if (closedEarly && active().length && patched(CALENDAR_CANCELLATIONS)) {
    await mailEach('closed-early', { event: nowIso() }, active(), (r) => mail.closed(r, stated(), reason, calendar(r)));
  }
  await outcome('consultation-closed', {
    deadline: round.deadline,
    deadlineInForce: inForce(),
    reason: reason ?? null,
    progress: progress(),
  });
  await condition(allHandlersFinished);
  return view();
}
