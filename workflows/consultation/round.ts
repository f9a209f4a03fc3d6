import { allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
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
  recordResponseSchemaOn,
  withdrawRecipientProblem,
} from '../../domain/consultation/round';
import { daysBetween } from '../../domain/calendar/dates';
import { answerDeadlineInstant, openingInstant } from '../../domain/reminders/deadlineReminders';
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
import { mailToOrganisations, sendBatch } from '../kit/mail';
import { nowIso } from '../kit/time';
import { validatedUpdate } from '../kit/validatedUpdate';
import { wakeAtOrOnChange } from '../kit/wake';
import { roundMail } from './roundMail';

type Phase =
  | { status: 'scheduled' }
  /** `invited` once the invitations are out: before that, nobody is told of a changed deadline. */
  | { status: 'open'; invited: boolean }
  /** The process owner has had the summary of who answered by the deadline. */
  | { status: 'deadline-passed' }
  /** A round closed while open still owes its owner that summary; one closed before it opened invited nobody. */
  | { status: 'closed'; summaryDue: boolean };

interface Round {
  phase: Phase;
  deadline: string;
  recipients: Recipient[];
  withdrawn: string[];
  responses: Record<string, ResponseRecord>;
  extensions: ConsultationView['extensions'];
  sentReminders: string[];
  /** Reminders due before this instant belong to an earlier deadline and are never sent. */
  scheduleFrom: string;
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
  };
  /** Set by an Update that moves what the main loop waits for. */
  let changed = false;

  const status = () => round.phase.status;
  const rules = (): RoundState => ({ ...round, status: status(), opensOn: input.opensOn });
  const schedule = (): RoundSchedule => ({ ...round, opensOn: input.opensOn, reminderPolicy: input.reminderPolicy });
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
    processOwner: input.processOwner,
    progress: progress(),
    recipients: round.recipients,
    withdrawn: round.withdrawn,
    responses: round.responses,
    upcomingReminders: status() === 'open' || status() === 'scheduled' ? pendingReminders(schedule()) : [],
    extensions: round.extensions,
  });
  const record = sequencedOutcomes(recordOutcomeLocally, workflowId, input.guidelineId);
  const outcome = (kind: string, details: Record<string, unknown>) => record(kind, { round: input.round, ...details });
  const mail = roundMail(input);

  /** Mails each recipient's contacts once; addresses the mail server refuses are recorded, not retried. */
  const mailEach = async (purpose: string, dueAt: string, recipients: Recipient[], message: (r: Recipient) => MailSpec) => {
    const refused = await sendBatch(mailToOrganisations({ workflowId, purpose, event: dueAt, dueAt }, recipients, message));
    if (refused.length) await outcome('consultation-mail-refused', { purpose, refused });
  };
  const invite = (recipients: Recipient[]) =>
    mailEach('invitation', openingInstant(input.opensOn, input.reminderPolicy.sendAt), recipients, (r) =>
      mail.invitation(r, round.deadline),
    );
  // The owner's mail keeps the key it has always had, which names a pseudo-organisation.
  const owner: Recipient = {
    organisationId: 'process-owner',
    organisationName: input.processOwner.name,
    progressGroup: '-',
    contacts: [input.processOwner],
  };
  const sendSummary = (deadline: string) => {
    const summary = mail.summary(deadline, progress(), round.recipients);
    return mailEach('summary', answerDeadlineInstant(deadline), [owner], () => summary);
  };

  setHandler(consultationProgressQuery, view);

  validatedUpdate(
    recordResponseUpdate,
    { schema: recordResponseSchemaOn, problem: (response) => recordResponseProblem(rules(), response) },
    async (response) => {
      const previous = responseOf(round.responses, response.organisationId);
      const late = isLate(response.receivedOn, round.deadline);
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
      round.extensions.push({ ...extension, previousDeadline, at: nowIso() });
      round.deadline = extension.deadline;
      round.scheduleFrom = nowIso();
      const invited = (round.phase.status === 'open' && round.phase.invited) || round.phase.status === 'deadline-passed';
      const told = invited ? silent() : [];
      // The owner's list of who is missing is then the one at the new deadline.
      if (round.phase.status === 'deadline-passed') round.phase = { status: 'open', invited: true };
      changed = true;
      await outcome('consultation-deadline-extended', { previousDeadline, ...extension });
      if (told.length && status() !== 'closed') {
        const purpose = `deadline-extended-${round.extensions.length}`;
        await mailEach(purpose, answerDeadlineInstant(extension.deadline), told, (r) =>
          mail.deadlineExtended(r, previousDeadline, extension),
        );
      }
      return view();
    },
  );

  validatedUpdate(
    addRecipientUpdate,
    { schema: addRecipientSchema, problem: (request) => addRecipientProblem(rules(), request) },
    async ({ recipient }) => {
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
      round.withdrawn.push(withdrawal.organisationId);
      await outcome('consultation-recipient-withdrawn', withdrawal);
      return view();
    },
  );

  validatedUpdate(closeRoundUpdate, { schema: closeRoundSchema, problem: () => closeRoundProblem(rules()) }, () => {
    round.phase = { status: 'closed', summaryDue: round.phase.status === 'open' };
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
        const daysLeft = daysBetween(reminder.date, round.deadline);
        await mailEach('reminder', reminder.at, waiting, (r) => mail.reminder(r, round.deadline, daysLeft));
        await outcome('consultation-reminder-sent', { date: reminder.date, to: waiting.map((r) => r.organisationId) });
        return;
      }
      case 'deadline': {
        round.phase = { status: 'deadline-passed' };
        const { deadline } = round;
        const atDeadline = progress();
        await sendSummary(deadline);
        await outcome('consultation-deadline-passed', { deadline, progress: atDeadline });
        return;
      }
    }
  };

  while (round.phase.status !== 'closed') {
    changed = false;
    const event = nextRoundEvent(status(), schedule());
    if ((await wakeAtOrOnChange(event?.at, () => changed || status() === 'closed')) === 'due' && event) await act(event);
  }

  if (round.phase.summaryDue) await sendSummary(round.deadline);
  await outcome('consultation-closed', { deadline: round.deadline, progress: progress() });
  await condition(allHandlersFinished);
  return view();
}
