import { allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Recipient } from '../../domain/consultation/consultation';
import { stockholmDate } from '../../domain/calendar/dates';
import {
  closeTrackingSchema,
  PrincipalAdoptionInput,
  PrincipalDecision,
  principalDecisionSchema,
  principalProgress,
  principalReminderSchedule,
} from '../../domain/meeting/principals';
import { parseOrThrow } from '../../domain/validation';
import { sendAll } from '../kit/mail';
import { nowIso, recordOutcomeLocally, reject, sequencedOutcomes } from '../kit/ledger';
import { closeTrackingUpdate, principalProgressQuery, PrincipalView, recordPrincipalDecisionUpdate } from './principalsApi';

/**
 * After SRO recommends the principals to adopt something, the region and each municipality decide on their own.
 * This tracks who has, reminds those that have not once the date has passed, and tells the secretary who is missing.
 * It ends when every principal has decided or the secretary closes it.
 */
export async function principalAdoption(input: PrincipalAdoptionInput): Promise<PrincipalView> {
  const { workflowId } = workflowInfo();
  const state = {
    status: 'open' as PrincipalView['status'],
    decisions: {} as PrincipalView['decisions'],
    sentReminders: [] as string[],
  };
  const startedAt = nowIso();
  const progress = () => principalProgress(input.principals, state.decisions);
  const pending = () =>
    principalReminderSchedule(input.decideBy, input.reminderPolicy).filter((r) => r.at >= startedAt && !state.sentReminders.includes(r.at));
  const view = (): PrincipalView => ({
    meetingId: input.meetingId,
    itemId: input.itemId,
    title: input.title,
    decideBy: input.decideBy,
    status: state.status,
    progress: progress(),
    decisions: state.decisions,
    upcomingReminders: state.status === 'closed' ? [] : pending(),
    sentReminders: state.sentReminders,
  });
  // One row per principal's decision, written while the Update waits: local, like a consultation answer.
  const outcome = sequencedOutcomes(recordOutcomeLocally, workflowId, input.subject?.id ?? input.itemId);
  const meeting = { body: input.meetingId.split('/')[1], date: input.meetingId.split('/')[2] };

  setHandler(principalProgressQuery, view);
  setHandler(
    recordPrincipalDecisionUpdate,
    async (request) => {
      const decision: PrincipalDecision = principalDecisionSchema.parse(request);
      const previous = state.decisions[decision.organisationId];
      state.decisions[decision.organisationId] = { ...decision, recordedAt: nowIso() };
      await outcome('principal-decision', { ...decision, replaces: previous ?? null });
      const p = progress();
      return { organisationId: decision.organisationId, decided: p.decided, total: p.total };
    },
    {
      validator: (request) => {
        const decision = parseOrThrow(principalDecisionSchema, request);
        if (state.status === 'closed') reject('tracking: the tracking of the principals\u2019 decisions is closed');
        if (!input.principals.some((p) => p.organisationId === decision.organisationId)) {
          reject(`organisationId: '${decision.organisationId}' is not one of the principals`);
        }
        if (decision.decidedOn > stockholmDate(Date.now())) reject('decidedOn: cannot be in the future');
      },
    },
  );
  setHandler(
    closeTrackingUpdate,
    async (request) => {
      const { reason } = closeTrackingSchema.parse(request);
      state.status = 'closed';
      await outcome('principal-tracking-closed', { reason, progress: progress() });
      return view();
    },
    {
      validator: (request) => {
        parseOrThrow(closeTrackingSchema, request);
        if (state.status === 'closed') reject('tracking: already closed');
      },
    },
  );

  const allDecided = () => progress().notDecided.length === 0;
  const finished = () => state.status === 'closed' || allDecided();

  const remind = async (reminder: { date: string; at: string }) => {
    state.sentReminders.push(reminder.at);
    const notDecided = new Set(progress().notDecided.map((p) => p.organisationId));
    const silent: Recipient[] = input.principals.filter((p) => notDecided.has(p.organisationId));
    const first = state.sentReminders.length === 1;
    const refused = await sendAll([
      ...silent.flatMap((p) =>
        p.contacts.map((to) => ({
          idempotencyKey: `${workflowId}|principal-reminder|${reminder.at}|${p.organisationId}|${to.email.toLowerCase()}`,
          workflowId,
          to,
          dueAt: reminder.at,
          message: {
            template: 'principal-reminder' as const,
            meeting,
            title: input.title,
            decideBy: input.decideBy,
            organisationName: p.organisationName,
            secretaryName: input.secretary.name,
            secretaryEmail: input.secretary.email,
          },
        })),
      ),
      // The secretary hears once, when the date has passed, who is missing.
      ...(first
        ? [
            {
              idempotencyKey: `${workflowId}|principal-summary|${input.secretary.email.toLowerCase()}`,
              workflowId,
              to: input.secretary,
              dueAt: reminder.at,
              message: {
                template: 'principal-summary' as const,
                meeting,
                title: input.title,
                decideBy: input.decideBy,
                total: progress().total,
                adopted: progress().adopted,
                declined: progress().declined,
                notDecided: silent.map((p) => p.organisationName),
              },
            },
          ]
        : []),
    ]);
    await outcome('principal-reminder-sent', { date: reminder.date, to: silent.map((p) => p.organisationId), refused });
  };

  await outcome('principal-tracking-started', { decideBy: input.decideBy, principals: input.principals.map((p) => p.organisationId) });
  for (;;) {
    const [next] = pending();
    if (!next) break;
    // A close can land in the same activation as the timer: `finished` is asked again after a timeout.
    if ((await condition(finished, Math.max(1, Date.parse(next.at) - Date.now()))) || finished()) break;
    state.status = 'date-passed';
    await remind(next);
  }
  await condition(finished);
  if (state.status !== 'closed') {
    state.status = 'closed';
    await outcome('principal-tracking-complete', { progress: progress() });
  }
  await condition(allHandlersFinished);
  return view();
}
