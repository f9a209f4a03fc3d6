import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
  sleep,
} from '@temporalio/workflow';
import type { Activities } from '../../activities/types';
import { daysBetween, stockholmDate } from '../../domain/calendar/dates';
import { answerDeadlineInstant, deadlineReminderSchedule, openingInstant } from '../../domain/reminders/deadlineReminders';
import { FollowUpPlan, moveSurveySchema, submitPartSchema, Submissions, surveyProgress } from '../../domain/followUp/survey';
import type { Recipient } from '../../domain/consultation/consultation';
import type { MailSpec } from '../../domain/mail/mailSpec';
import { parseOrThrow } from '../../domain/validation';
import { followUpWorkflowId, moveSurveyUpdate, submitPartUpdate, surveyStateQuery, SurveyView } from './api';
import { sendBatch } from '../kit/mail';
import { recordOutcomeLocally, sequencedOutcomes } from '../kit/ledger';
import { nowIso } from '../kit/time';
import { refuse as reject } from '../kit/failures';

const { compileSurveyReport, placeOnAgenda } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: {
    initialInterval: '10 seconds',
    backoffCoefficient: 2,
    maximumInterval: '30 minutes',
    nonRetryableErrorTypes: ['AgendaRejected'],
  },
});

export interface FollowUpSurveyInput {
  guidelineId: string;
  n: number;
  plan: FollowUpPlan;
}

const withoutRecipients = ({ recipients: _recipients, ...rest }: FollowUpPlan) => rest;

/**
 * A follow-up survey in parts to the sub-regions (or any recipients): invitations at opening, reminders to those
 * with parts missing, and at closing a compiled report (Markdown and CSV) to the preparation group and onto the
 * agenda of the meeting that discusses it.
 */
export async function followUpSurvey(input: FollowUpSurveyInput): Promise<SurveyView> {
  const workflowId = followUpWorkflowId(input.guidelineId, input.n);
  const { plan } = input;
  const { recipients } = plan;
  const startedAt = nowIso();
  const state = {
    status: 'scheduled' as SurveyView['status'],
    submissions: {} as Submissions,
    sentReminders: [] as string[],
    /** A decision may move a survey that has not opened; its dates are kept here. */
    dates: { opensOn: plan.opensOn, closesOn: plan.closesOn },
    moves: [] as SurveyView['moves'],
    report: undefined as SurveyView['report'],
    placedOn: undefined as string | undefined,
    agendaRefused: undefined as string | undefined,
  };
  const progress = () => surveyProgress(recipients, plan.parts, state.submissions);
  const view = (): SurveyView => ({
    guidelineId: input.guidelineId,
    n: input.n,
    status: state.status,
    plan: { ...withoutRecipients(plan), ...state.dates },
    moves: state.moves,
    progress: progress(),
    submissions: state.submissions,
    sentReminders: state.sentReminders,
    report: state.report,
    placedOn: state.placedOn,
    agendaRefused: state.agendaRefused,
  });
  const outcome = sequencedOutcomes(recordOutcomeLocally, workflowId, input.guidelineId);
  const partTitle = new Map(plan.parts.map((p) => [p.id, p.title]));
  const contact = plan.preparationGroup[0];

  setHandler(surveyStateQuery, view);
  setHandler(
    submitPartUpdate,
    async (request) => {
      const part = submitPartSchema.parse(request);
      (state.submissions[part.organisationId] ??= {})[part.partId] = { ...part, recordedAt: nowIso() };
      await outcome('survey-part-submitted', { organisationId: part.organisationId, partId: part.partId, submittedOn: part.submittedOn });
      const p = progress();
      return { organisationId: part.organisationId, partId: part.partId, complete: p.complete, recipients: p.recipients };
    },
    {
      validator: (request) => {
        const part = parseOrThrow(submitPartSchema, request);
        if (state.status === 'scheduled') reject(`survey: the survey opens on ${state.dates.opensOn}`);
        if (state.status === 'closed') reject('survey: the survey is closed and its report compiled');
        if (!recipients.some((r) => r.organisationId === part.organisationId))
          reject(`organisationId: '${part.organisationId}' was not asked to answer`);
        if (!partTitle.has(part.partId))
          reject(`partId: '${part.partId}' is not a part of this survey (${plan.parts.map((p) => p.id).join(', ')})`);
        if (part.submittedOn > stockholmDate(Date.now())) reject('submittedOn: cannot be in the future');
      },
    },
  );

  let moved = false;
  setHandler(
    moveSurveyUpdate,
    async (request) => {
      const move = moveSurveySchema.parse(request);
      state.moves.push({ ...move, previous: { ...state.dates }, at: nowIso() });
      state.dates = { opensOn: move.opensOn, closesOn: move.closesOn };
      moved = true;
      await outcome('survey-moved', { ...move, previous: state.moves[state.moves.length - 1].previous });
      return view();
    },
    {
      validator: (request) => {
        const move = parseOrThrow(moveSurveySchema, request);
        if (state.status !== 'scheduled')
          reject(`survey: the survey opened on ${state.dates.opensOn}; only a survey not yet open can be moved`);
        if (move.opensOn < stockholmDate(Date.now())) reject(`opensOn: ${move.opensOn} has already passed`);
        if (plan.targetMeeting && plan.targetMeeting.date <= move.closesOn)
          reject(
            `closesOn: the results go to ${plan.targetMeeting.body} ${plan.targetMeeting.date}, which must be after the survey closes`,
          );
      },
    },
  );

  const mailEach = async (purpose: string, dueAt: string, to: Recipient[], message: (r: Recipient) => MailSpec) =>
    sendBatch(
      to.flatMap((r) =>
        r.contacts.map((c) => ({
          idempotencyKey: `${workflowId}|${purpose}|${dueAt}|${r.organisationId}|${c.email.toLowerCase()}`,
          workflowId,
          to: c,
          dueAt,
          message: message(r),
        })),
      ),
    );
  const missingParts = (r: Recipient) => progress().missing.find((m) => m.organisationId === r.organisationId)?.parts ?? [];
  const surveyMessage = (template: 'survey-invitation' | 'survey-reminder', r: Recipient): MailSpec => ({
    template,
    guidelineId: input.guidelineId,
    title: plan.title,
    closesOn: state.dates.closesOn,
    organisationName: r.organisationName,
    parts: missingParts(r).map((id) => partTitle.get(id) ?? id),
    contactName: contact.name,
    contactEmail: contact.email,
  });
  const sleepUntil = (at: string) => sleep(Math.max(1, Date.parse(at) - Date.now()));

  await outcome('survey-planned', { opensOn: plan.opensOn, closesOn: plan.closesOn, recipients: recipients.map((r) => r.organisationId) });
  let opening = openingInstant(state.dates.opensOn, plan.reminderPolicy.sendAt);
  // A move can land in the same activation as the timer: `moved` is asked again after a timeout.
  while ((await condition(() => moved, Math.max(1, Date.parse(opening) - Date.now()))) || moved) {
    moved = false;
    opening = openingInstant(state.dates.opensOn, plan.reminderPolicy.sendAt);
  }
  state.status = 'open';
  const invitationRefusals = await mailEach('invitation', opening, recipients, (r) => surveyMessage('survey-invitation', r));
  await outcome('survey-opened', { refused: invitationRefusals });

  const reminders = deadlineReminderSchedule(state.dates.opensOn, state.dates.closesOn, plan.reminderPolicy).filter(
    (r) => r.at >= startedAt,
  );
  for (const reminder of reminders) {
    await sleepUntil(reminder.at);
    const waiting = recipients.filter((r) => missingParts(r).length > 0);
    if (waiting.length === 0) continue;
    state.sentReminders.push(reminder.at);
    const refused = await mailEach('reminder', reminder.at, waiting, (r) => surveyMessage('survey-reminder', r));
    await outcome('survey-reminder-sent', {
      date: reminder.date,
      daysLeft: daysBetween(reminder.date, state.dates.closesOn),
      to: waiting.map((r) => r.organisationId),
      refused,
    });
  }

  const closing = answerDeadlineInstant(state.dates.closesOn);
  await sleepUntil(closing);
  state.status = 'closed';
  await condition(allHandlersFinished);
  state.report = await compileSurveyReport({
    workflowId,
    title: plan.title,
    recipients,
    parts: plan.parts,
    submissions: state.submissions,
  });
  const p = progress();
  const target = plan.targetMeeting;
  if (target) {
    // A meeting that refuses the item (held already, or gone from the calendar) must not keep the report from the group.
    const placed = await placeOnAgenda({
      body: target.body,
      date: target.date,
      item: {
        itemId: `follow-up-${input.n}-${input.guidelineId}`.slice(0, 80),
        title: `Resultat: ${plan.title}`,
        kind: 'dialogue',
        subject: { type: 'survey', id: workflowId },
        presenter: contact,
        minutes: 20,
        documentsExpected: true,
        documents: [
          { title: 'Sammanställning (Markdown)', link: `file://${state.report.markdownPath}` },
          { title: 'Svar (CSV)', link: `file://${state.report.csvPath}` },
        ],
        needsSro: false,
      },
    }).catch((err: unknown) => {
      if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.type === 'AgendaRejected') {
        state.agendaRefused = err.cause.message;
        return undefined;
      }
      throw err;
    });
    state.placedOn = placed?.meetingId;
  }
  const refused = await sendBatch(
    plan.preparationGroup.map((to) => ({
      idempotencyKey: `${workflowId}|report|${to.email.toLowerCase()}`,
      workflowId,
      to,
      dueAt: closing,
      message: {
        template: 'survey-report' as const,
        guidelineId: input.guidelineId,
        title: plan.title,
        closesOn: state.dates.closesOn,
        recipients: p.recipients,
        complete: p.complete,
        missing: p.missing.map((m) => m.organisationName),
        meeting: target ? `${target.body} ${target.date}` : undefined,
      },
      attachmentPaths: [state.report!.markdownPath, state.report!.csvPath],
    })),
  );
  await outcome('survey-closed', {
    progress: p,
    report: state.report,
    placedOn: state.placedOn ?? null,
    agendaRefused: state.agendaRefused ?? null,
    refused,
  });
  return view();
}
