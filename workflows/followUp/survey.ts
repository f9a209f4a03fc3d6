import { ActivityFailure, allHandlersFinished, condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { Activities } from '../../activities/types';
import { daysBetween } from '../../domain/calendar/dates';
import { deadlineInForce, statedDeadline } from '../../domain/calendar/deadlineRule';
import type { Recipient } from '../../domain/consultation/consultation';
import { Failure } from '../../domain/failures';
import {
  FollowUpPlan,
  moveSurveyProblem,
  moveSurveySchemaOn,
  submitPartProblem,
  submitPartSchemaOn,
  Submissions,
  surveyProgress,
  surveyResultsItem,
} from '../../domain/followUp/survey';
import { followUpWorkflowId } from '../../domain/ids';
import { calendarUid } from '../../domain/mail/calendarEvent';
import { answerDeadlineInstant, deadlineReminderSchedule, openingInstant, reportInstant } from '../../domain/reminders/deadlineReminders';
import { moveSurveyUpdate, submitPartUpdate, surveyStateQuery, SurveyView } from './api';
import { activityFailureType } from '../kit/failures';
import { recordOutcomeLocally, sequencedOutcomes } from '../kit/ledger';
import { mailToContacts, mailToOrganisations, sendBatch } from '../kit/mail';
import { nowIso } from '../kit/time';
import { validatedUpdate } from '../kit/validatedUpdate';
import { publishChanges, readModel } from '../kit/readModel';
import { wakeAt, wakeAtOrOnChange } from '../kit/wake';
import { surveyProjection } from './surveyProjection';

const { compileSurveyReport, placeOnAgenda } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: {
    initialInterval: '10 seconds',
    backoffCoefficient: 2,
    maximumInterval: '30 minutes',
    nonRetryableErrorTypes: [Failure.AgendaRejected],
  },
});

export interface FollowUpSurveyInput {
  guidelineId: string;
  n: number;
  plan: FollowUpPlan;
}

const withoutRecipients = ({ recipients: _recipients, ...rest }: FollowUpPlan) => rest;

/** Surveys started before this change sent their report the moment they closed, whatever day that was. */
const REPORT_ON_BUSINESS_DAY = 'survey-report-on-business-day';

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
  let moved = false;
  /** Set once the report has gone to the preparation group. */
  let reported = false;
  // A survey planned before deadline rules existed closes on the day given.
  const deadlineRule = plan.deadlineRule ?? 'keep';
  const closesInForce = () => deadlineInForce(state.dates.closesOn, deadlineRule);
  /** The closing day as the mails state it: in force, and the day given when the rule moved it. */
  const closing = () => {
    const { deadline, movedFrom } = statedDeadline(state.dates.closesOn, deadlineRule);
    return { closesOn: deadline, ...(movedFrom ? { movedFrom } : {}) };
  };
  const progress = () => surveyProgress(recipients, plan.parts, state.submissions);
  const view = (): SurveyView => ({
    guidelineId: input.guidelineId,
    n: input.n,
    status: state.status,
    plan: { ...withoutRecipients(plan), ...state.dates, deadlineRule },
    closesInForce: closesInForce(),
    moves: state.moves,
    progress: progress(),
    submissions: state.submissions,
    sentReminders: state.sentReminders,
    report: state.report,
    placedOn: state.placedOn,
    agendaRefused: state.agendaRefused,
  });
  const outcome = sequencedOutcomes(recordOutcomeLocally, workflowId, input.guidelineId);

  setHandler(surveyStateQuery, view);
  const remindersAhead = () =>
    deadlineReminderSchedule(state.dates.opensOn, closesInForce(), plan.reminderPolicy)
      .map((r) => r.at)
      .filter((at) => at >= startedAt && at >= nowIso());
  readModel(() =>
    surveyProjection(workflowId, view(), {
      invitationAt: state.status === 'scheduled' ? openingInstant(state.dates.opensOn, plan.reminderPolicy.sendAt) : undefined,
      reminders: state.status === 'closed' ? [] : remindersAhead(),
      reportAt: reported ? undefined : reportInstant(closesInForce(), plan.reminderPolicy),
      recipients,
      preparationGroup: plan.preparationGroup,
    }),
  );

  validatedUpdate(submitPartUpdate, { schema: submitPartSchemaOn, problem: (part) => submitPartProblem(view(), part) }, async (part) => {
    (state.submissions[part.organisationId] ??= {})[part.partId] = { ...part, recordedAt: nowIso() };
    const { organisationId, partId, submittedOn, receivedVia, receivedFrom } = part;
    await outcome('survey-part-submitted', { organisationId, partId, submittedOn, receivedVia, receivedFrom });
    const p = progress();
    return { organisationId: part.organisationId, partId: part.partId, complete: p.complete, recipients: p.recipients };
  });

  validatedUpdate(moveSurveyUpdate, { schema: moveSurveySchemaOn, problem: (move) => moveSurveyProblem(view(), move) }, async (move) => {
    const previous = { ...state.dates };
    state.moves.push({ ...move, previous, at: nowIso() });
    state.dates = { opensOn: move.opensOn, closesOn: move.closesOn };
    moved = true;
    await outcome('survey-moved', { ...move, previous });
    return view();
  });

  const partTitle = new Map(plan.parts.map((p) => [p.id, p.title]));
  const contact = plan.preparationGroup[0];
  const missingParts = (r: Recipient) => progress().missing.find((m) => m.organisationId === r.organisationId)?.parts ?? [];
  // Each organisation is asked for the parts it still owes: all of them in the invitation.
  const mailParts = (template: 'survey-invitation' | 'survey-reminder', purpose: string, dueAt: string, to: Recipient[]) =>
    sendBatch(
      mailToOrganisations({ workflowId, purpose, event: dueAt, dueAt }, to, (r) => ({
        template,
        guidelineId: input.guidelineId,
        title: plan.title,
        ...closing(),
        organisationName: r.organisationName,
        parts: missingParts(r).map((id) => partTitle.get(id) ?? id),
        contactName: contact.name,
        contactEmail: contact.email,
        // Its closing day in this organisation's calendar; only a survey not yet open moves, and it has sent nothing.
        calendar: { uid: calendarUid(workflowId, 'closes', r.organisationId), sequence: state.moves.length },
      })),
    );

  // A meeting that refuses the item (held already, or gone from the calendar) must not keep the report from the group.
  const placeResults = async (target: NonNullable<FollowUpPlan['targetMeeting']>, report: NonNullable<SurveyView['report']>) => {
    try {
      const item = surveyResultsItem({ ...input, workflowId, title: plan.title, presenter: contact, report });
      state.placedOn = (await placeOnAgenda({ body: target.body, date: target.date, item })).meetingId;
    } catch (err) {
      if (!(err instanceof ActivityFailure) || activityFailureType(err) !== Failure.AgendaRejected) throw err;
      state.agendaRefused = err.cause?.message;
    }
  };

  await outcome('survey-planned', { opensOn: plan.opensOn, closesOn: plan.closesOn, recipients: recipients.map((r) => r.organisationId) });
  let opening = openingInstant(state.dates.opensOn, plan.reminderPolicy.sendAt);
  while ((await wakeAtOrOnChange(opening, () => moved)) === 'changed') {
    moved = false;
    opening = openingInstant(state.dates.opensOn, plan.reminderPolicy.sendAt);
  }
  state.status = 'open';
  await outcome('survey-opened', { refused: await mailParts('survey-invitation', 'invitation', opening, recipients) });

  const reminders = deadlineReminderSchedule(state.dates.opensOn, closesInForce(), plan.reminderPolicy).filter((r) => r.at >= startedAt);
  for (const reminder of reminders) {
    await wakeAt(reminder.at);
    const waiting = recipients.filter((r) => missingParts(r).length > 0);
    if (waiting.length === 0) continue;
    state.sentReminders.push(reminder.at);
    const refused = await mailParts('survey-reminder', 'reminder', reminder.at, waiting);
    await outcome('survey-reminder-sent', {
      date: reminder.date,
      daysLeft: daysBetween(reminder.date, closesInForce()),
      to: waiting.map((r) => r.organisationId),
      refused,
    });
  }

  const closedAt = answerDeadlineInstant(closesInForce());
  await wakeAt(closedAt);
  state.status = 'closed';
  await condition(allHandlersFinished);
  const report = await compileSurveyReport({
    workflowId,
    title: plan.title,
    recipients,
    parts: plan.parts,
    submissions: state.submissions,
  });
  state.report = report;
  const p = progress();
  const target = plan.targetMeeting;
  if (target) await placeResults(target, report);
  // The group reads the report on a business morning outside the quiet periods.
  const reportAt = patched(REPORT_ON_BUSINESS_DAY) ? reportInstant(closesInForce(), plan.reminderPolicy) : closedAt;
  if (reportAt !== closedAt) await wakeAt(reportAt);
  const refused = await sendBatch(
    mailToContacts({ workflowId, purpose: 'report', dueAt: reportAt }, plan.preparationGroup, {
      template: 'survey-report',
      guidelineId: input.guidelineId,
      title: plan.title,
      ...closing(),
      recipients: p.recipients,
      complete: p.complete,
      missing: p.missing.map((m) => m.organisationName),
      meeting: target ? `${target.body} ${target.date}` : undefined,
    }).map((request) => ({ ...request, attachmentPaths: [report.markdownPath, report.csvPath] })),
  );
  await outcome('survey-closed', {
    progress: p,
    report,
    placedOn: state.placedOn ?? null,
    agendaRefused: state.agendaRefused ?? null,
    refused,
  });
  reported = true;
  await publishChanges();
  return view();
}
