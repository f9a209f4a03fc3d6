import { allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  addRecipientSchema,
  closeRoundSchema,
  ConsultationRoundInput,
  extendDeadlineSchema,
  Recipient,
  recordResponseSchema,
  withdrawRecipientSchema,
} from '../../domain/consultation/consultation';
import { consultationProgress, isLate, ResponseRecord, RoundStatus } from '../../domain/consultation/progress';
import { daysBetween, stockholmDate } from '../../domain/calendar/dates';
import { answerDeadlineInstant, deadlineReminderSchedule, openingInstant } from '../../domain/reminders/deadlineReminders';
import type { MailSpec } from '../../domain/mail/mailSpec';
import { parseOrThrow } from '../../domain/validation';
import {
  addRecipientUpdate,
  closeRoundUpdate,
  ConsultationView,
  consultationProgressQuery,
  extendDeadlineUpdate,
  recordResponseUpdate,
  withdrawRecipientUpdate,
} from './api';
import { sendBatch } from '../kit/mail';
import { recordOutcomeLocally, sequencedOutcomes } from '../kit/ledger';
import { nowIso } from '../kit/time';
import { refuse as reject } from '../kit/failures';

/**
 * One consultation round (remiss): invites every recipient organisation when it opens, reminds only those
 * that have not answered, tells the process owner at the deadline who is missing, and takes late answers,
 * flagged, until it is closed. A child of the guideline, so that its answers stay out of the guideline's history.
 */
export async function consultationRound(input: ConsultationRoundInput): Promise<ConsultationView> {
  const { workflowId } = workflowInfo();
  const state = {
    status: 'scheduled' as RoundStatus,
    deadline: input.deadline,
    recipients: [...input.recipients],
    withdrawn: [] as string[],
    responses: {} as Record<string, ResponseRecord>,
    sentReminders: [] as string[],
    /** Reminders due before this instant belong to an earlier deadline and are never sent. */
    scheduleFrom: nowIso(),
    extensions: [] as ConsultationView['extensions'],
    summarySent: false,
    /** Set once the invitations are out: before that, nobody is told of a changed deadline. */
    invited: false,
  };
  let changed = false;

  const active = () => state.recipients.filter((r) => !state.withdrawn.includes(r.organisationId));
  const silent = () => active().filter((r) => !state.responses[r.organisationId]);
  const progress = () => consultationProgress(state.recipients, state.responses, state.withdrawn);
  const pendingReminders = () =>
    deadlineReminderSchedule(input.opensOn, state.deadline, input.reminderPolicy).filter(
      (r) => r.at >= state.scheduleFrom && !state.sentReminders.includes(r.at),
    );
  const view = (): ConsultationView => ({
    guidelineId: input.guidelineId,
    round: input.round,
    status: state.status,
    document: input.document,
    opensOn: input.opensOn,
    deadline: state.deadline,
    processOwner: input.processOwner,
    progress: progress(),
    recipients: state.recipients,
    withdrawn: state.withdrawn,
    responses: state.responses,
    upcomingReminders: state.status === 'open' || state.status === 'scheduled' ? pendingReminders() : [],
    extensions: state.extensions,
  });
  const record = sequencedOutcomes(recordOutcomeLocally, workflowId, input.guidelineId);
  const outcome = (kind: string, details: Record<string, unknown>) => record(kind, { round: input.round, ...details });
  const documentFields = {
    guidelineId: input.guidelineId,
    documentTitle: input.document.title,
    version: input.document.version,
    link: input.document.link,
  };
  /** Mails each recipient's contacts once; addresses the mail server refuses are recorded, not retried. */
  const mailEach = async (purpose: string, dueAt: string, recipients: Recipient[], message: (r: Recipient) => MailSpec) => {
    const refused = await sendBatch(
      recipients.flatMap((r) =>
        [...new Map(r.contacts.map((c) => [c.email.toLowerCase(), c])).values()].map((to) => ({
          idempotencyKey: `${workflowId}|${purpose}|${dueAt}|${r.organisationId}|${to.email.toLowerCase()}`,
          workflowId,
          to,
          dueAt,
          message: message(r),
        })),
      ),
    );
    if (refused.length) await outcome('consultation-mail-refused', { purpose, refused });
  };
  const invite = (recipients: Recipient[]) =>
    mailEach('invitation', openingInstant(input.opensOn, input.reminderPolicy.sendAt), recipients, (r) => ({
      template: 'consultation-invitation',
      ...documentFields,
      deadline: state.deadline,
      processOwnerName: input.processOwner.name,
      processOwnerEmail: input.processOwner.email,
      organisationName: r.organisationName,
    }));
  const isOpenForAnswers = () => state.status === 'open' || state.status === 'deadline-passed';

  setHandler(consultationProgressQuery, view);

  setHandler(
    recordResponseUpdate,
    async (request) => {
      const response = recordResponseSchema.parse(request);
      const previous = state.responses[response.organisationId];
      const late = isLate(response.receivedOn, state.deadline);
      state.responses[response.organisationId] = { ...response, late, recordedAt: nowIso() };
      await outcome('consultation-response', { ...response, late, replaces: previous ?? null });
      const { answered, total } = progress();
      return { organisationId: response.organisationId, late, replaced: previous !== undefined, answered, total };
    },
    {
      validator: (request) => {
        const response = parseOrThrow(recordResponseSchema, request);
        if (state.status === 'closed') reject('round: the round is closed and takes no more answers');
        if (state.status === 'scheduled') reject(`round: the round opens on ${input.opensOn}; answers are recorded from then`);
        const id = response.organisationId;
        if (!state.recipients.some((r) => r.organisationId === id)) reject(`organisationId: '${id}' was not invited to this round`);
        if (state.withdrawn.includes(id)) reject(`organisationId: '${id}' was withdrawn from this round`);
        if (response.receivedOn > stockholmDate(Date.now())) reject('receivedOn: cannot be in the future');
        if (response.receivedOn < input.opensOn) reject(`receivedOn: is before the round opened on ${input.opensOn}`);
      },
    },
  );

  setHandler(
    extendDeadlineUpdate,
    async (request) => {
      const extension = extendDeadlineSchema.parse(request);
      const previousDeadline = state.deadline;
      state.extensions.push({ ...extension, previousDeadline, at: nowIso() });
      state.deadline = extension.deadline;
      state.scheduleFrom = nowIso();
      const told = state.invited ? silent() : [];
      if (state.status === 'deadline-passed') state.status = 'open';
      // The owner's list of who is missing must be the one at the new deadline.
      state.summarySent = false;
      changed = true;
      await outcome('consultation-deadline-extended', { previousDeadline, ...extension });
      if (told.length && state.status !== 'closed') {
        await mailEach(`deadline-extended-${state.extensions.length}`, answerDeadlineInstant(extension.deadline), told, (r) => ({
          template: 'consultation-deadline-extended',
          ...documentFields,
          previousDeadline,
          deadline: extension.deadline,
          reason: extension.reason,
          organisationName: r.organisationName,
        }));
      }
      return view();
    },
    {
      validator: (request) => {
        const extension = parseOrThrow(extendDeadlineSchema, request);
        if (state.status === 'closed') reject('round: the round is closed');
        if (extension.deadline <= state.deadline) reject(`deadline: must be after the current deadline ${state.deadline}`);
        if (extension.deadline < stockholmDate(Date.now())) reject(`deadline: ${extension.deadline} has already passed`);
      },
    },
  );

  setHandler(
    addRecipientUpdate,
    async (request) => {
      const { recipient } = addRecipientSchema.parse(request);
      state.withdrawn = state.withdrawn.filter((id) => id !== recipient.organisationId);
      if (!state.recipients.some((r) => r.organisationId === recipient.organisationId)) state.recipients.push(recipient);
      await outcome('consultation-recipient-added', { organisationId: recipient.organisationId });
      if (isOpenForAnswers()) await invite([recipient]);
      return view();
    },
    {
      validator: (request) => {
        const { recipient } = parseOrThrow(addRecipientSchema, request);
        if (state.status === 'closed') reject('round: the round is closed');
        if (active().some((r) => r.organisationId === recipient.organisationId)) {
          reject(`recipient.organisationId: '${recipient.organisationId}' is already a recipient`);
        }
      },
    },
  );

  setHandler(
    withdrawRecipientUpdate,
    async (request) => {
      const withdrawal = withdrawRecipientSchema.parse(request);
      state.withdrawn.push(withdrawal.organisationId);
      await outcome('consultation-recipient-withdrawn', withdrawal);
      return view();
    },
    {
      validator: (request) => {
        const { organisationId } = parseOrThrow(withdrawRecipientSchema, request);
        if (state.status === 'closed') reject('round: the round is closed');
        if (!active().some((r) => r.organisationId === organisationId)) reject(`organisationId: '${organisationId}' is not a recipient`);
      },
    },
  );

  setHandler(
    closeRoundUpdate,
    (request) => {
      closeRoundSchema.parse(request);
      state.status = 'closed';
      return view();
    },
    {
      validator: (request) => {
        parseOrThrow(closeRoundSchema, request);
        if (state.status === 'closed') reject('round: the round is already closed');
      },
    },
  );

  const sendSummary = async (deadline: string) => {
    state.summarySent = true;
    const p = progress();
    const names = new Map(state.recipients.map((r) => [r.organisationId, r.organisationName]));
    await mailEach(
      'summary',
      answerDeadlineInstant(deadline),
      [{ organisationId: 'process-owner', organisationName: input.processOwner.name, progressGroup: '-', contacts: [input.processOwner] }],
      () => ({
        template: 'consultation-summary',
        guidelineId: input.guidelineId,
        documentTitle: input.document.title,
        version: input.document.version,
        deadline,
        total: p.total,
        answered: p.answered,
        late: p.late,
        byGroup: p.byGroup.map((g) => ({
          group: g.group,
          total: g.total,
          answered: g.answered,
          notAnswered: g.notAnswered.map((id) => names.get(id) ?? id),
        })),
      }),
    );
  };

  const sleepUntil = (at: string) => condition(() => changed || state.status === 'closed', Math.max(1, Date.parse(at) - Date.now()));

  const opening = openingInstant(input.opensOn, input.reminderPolicy.sendAt);
  while (state.status === 'scheduled') {
    changed = false;
    if (await sleepUntil(opening)) continue;
    state.status = 'open';
    state.scheduleFrom = nowIso();
    await outcome('consultation-opened', { deadline: state.deadline, recipients: state.recipients.map((r) => r.organisationId) });
    await invite(active());
    state.invited = true;
  }

  while (state.status !== 'closed') {
    changed = false;
    if (state.status === 'open') {
      const [next] = pendingReminders();
      const deadlineAt = answerDeadlineInstant(state.deadline);
      if (await sleepUntil(next ? next.at : deadlineAt)) continue;
      if (next) {
        state.sentReminders.push(next.at);
        const waiting = silent();
        await mailEach('reminder', next.at, waiting, (r) => ({
          template: 'consultation-reminder',
          ...documentFields,
          deadline: state.deadline,
          processOwnerName: input.processOwner.name,
          processOwnerEmail: input.processOwner.email,
          organisationName: r.organisationName,
          daysLeft: daysBetween(next.date, state.deadline),
        }));
        await outcome('consultation-reminder-sent', { date: next.date, to: waiting.map((r) => r.organisationId) });
      } else {
        state.status = 'deadline-passed';
        const deadline = state.deadline;
        const atDeadline = progress();
        await sendSummary(deadline);
        await outcome('consultation-deadline-passed', { deadline, progress: atDeadline });
      }
    } else {
      await condition(() => changed || state.status === 'closed');
    }
  }

  // A round closed before it opened invited nobody and has nothing to summarise.
  if (!state.summarySent && state.invited) await sendSummary(state.deadline);
  await outcome('consultation-closed', { deadline: state.deadline, progress: progress() });
  await condition(allHandlersFinished);
  return view();
}
