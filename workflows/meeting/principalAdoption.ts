import { allHandlersFinished, condition, setHandler, workflowInfo } from '@temporalio/workflow';
import { parseWorkflowId } from '../../domain/ids';
import {
  closeTrackingProblem,
  closeTrackingSchema,
  PrincipalAdoptionInput,
  principalDecisionProblem,
  principalDecisionSchemaOn,
  principalProgress,
  principalReminderSchedule,
} from '../../domain/meeting/principals';
import { recordOutcomeLocally, sequencedOutcomes } from '../kit/ledger';
import { publishChanges, readModel } from '../kit/readModel';
import { mailToContacts, mailToOrganisations, sendBatch } from '../kit/mail';
import { nowIso } from '../kit/time';
import { validatedUpdate } from '../kit/validatedUpdate';
import { wakeAtOrOnChange } from '../kit/wake';
import { principalsProjection } from './principalsProjection';
import { closeTrackingUpdate, principalProgressQuery, PrincipalView, recordPrincipalDecisionUpdate } from './principalsApi';

/**
 * After SRO recommends the principals to adopt something, the region and each municipality decide on their own.
 * This tracks who has, reminds those that have not once the date has passed, and tells the secretary who is missing.
 * It ends when every principal has decided or the secretary closes it.
 */
export async function principalAdoption(input: PrincipalAdoptionInput): Promise<PrincipalView> {
  const { workflowId } = workflowInfo();
  const startedAt = nowIso();
  const state = {
    status: 'open' as PrincipalView['status'],
    decisions: {} as PrincipalView['decisions'],
    sentReminders: [] as string[],
  };
  const tracking = () => ({ status: state.status, principals: input.principals });
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
  const meetingRef = parseWorkflowId(input.meetingId);
  const meeting = meetingRef?.kind === 'meeting' ? { body: meetingRef.body, date: meetingRef.date } : { body: '', date: input.meetingId };

  setHandler(principalProgressQuery, view);
  readModel(() => principalsProjection(workflowId, view(), input.principals, input.secretary));

  validatedUpdate(
    recordPrincipalDecisionUpdate,
    { schema: principalDecisionSchemaOn, problem: (decision) => principalDecisionProblem(tracking(), decision) },
    async (decision) => {
      const previous = state.decisions[decision.organisationId];
      state.decisions[decision.organisationId] = { ...decision, recordedAt: nowIso() };
      await outcome('principal-decision', { ...decision, replaces: previous ?? null });
      const p = progress();
      return { organisationId: decision.organisationId, decided: p.decided, total: p.total };
    },
  );

  validatedUpdate(
    closeTrackingUpdate,
    { schema: closeTrackingSchema, problem: () => closeTrackingProblem(tracking()) },
    async ({ reason }) => {
      state.status = 'closed';
      await outcome('principal-tracking-closed', { reason, progress: progress() });
      return view();
    },
  );

  const finished = () => state.status === 'closed' || progress().notDecided.length === 0;

  const remind = async (reminder: { date: string; at: string }) => {
    state.sentReminders.push(reminder.at);
    const notDecided = new Set(progress().notDecided.map((p) => p.organisationId));
    const silent = input.principals.filter((p) => notDecided.has(p.organisationId));
    // The secretary hears once, when the date has passed, who is missing.
    const first = state.sentReminders.length === 1;
    const p = progress();
    const refused = await sendBatch([
      ...mailToOrganisations(
        { workflowId, purpose: 'principal-reminder', event: reminder.at, dueAt: reminder.at },
        silent,
        (principal) => ({
          template: 'principal-reminder',
          meeting,
          title: input.title,
          decideBy: input.decideBy,
          organisationName: principal.organisationName,
          secretaryName: input.secretary.name,
          secretaryEmail: input.secretary.email,
        }),
      ),
      ...(first
        ? mailToContacts({ workflowId, purpose: 'principal-summary', dueAt: reminder.at }, [input.secretary], {
            template: 'principal-summary',
            meeting,
            title: input.title,
            decideBy: input.decideBy,
            total: p.total,
            adopted: p.adopted,
            declined: p.declined,
            notDecided: silent.map((s) => s.organisationName),
          })
        : []),
    ]);
    await outcome('principal-reminder-sent', { date: reminder.date, to: silent.map((s) => s.organisationId), refused });
  };

  await outcome('principal-tracking-started', { decideBy: input.decideBy, principals: input.principals.map((p) => p.organisationId) });
  for (let [next] = pending(); next; [next] = pending()) {
    if ((await wakeAtOrOnChange(next.at, finished)) === 'changed') break;
    state.status = 'date-passed';
    await remind(next);
  }
  await publishChanges();
  await condition(finished);
  if (state.status !== 'closed') {
    state.status = 'closed';
    await outcome('principal-tracking-complete', { progress: progress() });
  }
  await condition(allHandlersFinished);
  await publishChanges();
  return view();
}
