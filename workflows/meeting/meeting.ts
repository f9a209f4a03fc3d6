import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  sleep,
  startChild,
} from '@temporalio/workflow';
import type { Activities } from '../../activities/types';
import { stockholmDate } from '../../domain/calendar/dates';
import {
  AgendaItem,
  agendaItemSchema,
  itemsMissingDocuments,
  MeetingInput,
  meetingSchedule,
  MeetingStatus,
  meetingWorkflowId,
  sroMeetingAfter,
  submitDocumentsSchema,
} from '../../domain/meeting/meeting';
import { Decision, decisionProblem, decisionReference, decisionSchema } from '../../domain/meeting/decision';
import { parseOrThrow } from '../../domain/validation';
import { sendBatch } from '../kit/mail';
import { recordOutcome, sequencedOutcomes } from '../kit/ledger';
import { nowIso } from '../kit/time';
import { refuse as reject } from '../kit/failures';
import { addItemUpdate, MeetingView, meetingAgendaQuery, RecordedDecision, recordDecisionUpdate, submitDocumentsUpdate } from './api';
import { principalAdoption } from './principalAdoption';
import { principalTrackingId } from './principalsApi';

// A refusal by the guideline or the other meeting is final and goes back to whoever recorded the decision.
const { applyGuidelineDecision, placeOnAgenda } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: ['DecisionRejected', 'AgendaRejected'],
  },
});

type Effects = RecordedDecision['effects'];

/**
 * One meeting of VVG or SRO: presenters are reminded of missing documents before the document deadline, the
 * agenda goes to the members the business day after it, and from the start of the meeting each item's decision
 * is recorded and carried to what it concerns: the guideline, a later meeting, or the principals.
 */
export async function meeting(input: MeetingInput): Promise<MeetingView> {
  // Its business key, from what it is rather than from where it runs: a replayed history names the same children.
  const workflowId = meetingWorkflowId(input.body, input.date);
  const schedule = meetingSchedule(input.date, input.startsAt, input.documentPolicy);
  const meetingRef = { body: input.body, date: input.date };
  const startedAt = nowIso();
  const state = {
    status: 'planned' as MeetingStatus,
    items: [...input.items],
    decisions: {} as Record<string, RecordedDecision>,
    deciding: [] as string[],
    sentPresenterReminders: [] as string[],
    agendaPublished: false,
  };

  // Item ids are user input: an id like 'constructor' must not find an object's own machinery.
  const decisionOn = (itemId: string) => (Object.hasOwn(state.decisions, itemId) ? state.decisions[itemId] : undefined);
  // The clock, not only the status: a meeting started late is held before its main loop has caught up.
  const isHeld = () => state.status === 'held' || state.status === 'closed' || Date.now() >= Date.parse(schedule.startsAt);
  const itemOf = (itemId: string) => state.items.find((i) => i.itemId === itemId);
  const view = (): MeetingView => ({
    meetingId: workflowId,
    body: input.body,
    date: input.date,
    status: state.status,
    schedule,
    items: state.items.map((item) => ({ ...item, decision: decisionOn(item.itemId) })),
    documentsMissing: itemsMissingDocuments(state.items).map((i) => i.itemId),
    sentPresenterReminders: state.sentPresenterReminders,
    agendaPublished: state.agendaPublished,
  });
  const outcome = sequencedOutcomes(recordOutcome, workflowId, workflowId);

  setHandler(meetingAgendaQuery, view);

  setHandler(
    addItemUpdate,
    async (request) => {
      const item = agendaItemSchema.parse(request);
      state.items.push(item);
      await outcome('agenda-item-added', { itemId: item.itemId, title: item.title, kind: item.kind, origin: item.origin ?? null });
      return view();
    },
    {
      validator: (request) => {
        const item = parseOrThrow(agendaItemSchema, request);
        if (isHeld()) reject(`meeting: ${input.body} ${input.date} has already been held; put the item on a later meeting`);
        if (itemOf(item.itemId)) reject(`itemId: '${item.itemId}' is already on the agenda`);
      },
    },
  );

  setHandler(
    submitDocumentsUpdate,
    async (request) => {
      const { itemId, documents } = submitDocumentsSchema.parse(request);
      const item = itemOf(itemId)!;
      item.documents = [...item.documents, ...documents];
      await outcome('documents-submitted', { itemId, documents });
      return view();
    },
    {
      validator: (request) => {
        const { itemId } = parseOrThrow(submitDocumentsSchema, request);
        if (!itemOf(itemId)) reject(`itemId: '${itemId}' is not on the agenda of ${input.body} ${input.date}`);
        if (isHeld()) reject(`meeting: ${input.body} ${input.date} has already been held`);
      },
    },
  );

  const decisionContext = () => ({
    ...meetingRef,
    status: state.status === 'closed' || !isHeld() ? state.status : ('held' as const),
    items: state.items,
    deciding: state.deciding,
    decided: Object.keys(state.decisions),
    calendar: input.calendar,
    today: stockholmDate(Date.now()),
  });

  const carryOut = async (d: Decision, item: AgendaItem, decisionRef: string): Promise<Effects> => {
    const updateId = `${workflowId}|${d.itemId}`;
    switch (d.outcome) {
      case 'endorse': {
        // VVG's endorsement of an item that SRO decides prepares it: the guideline changes with SRO's decision.
        if (item.needsSro && input.body === 'VVG') {
          const date = sroMeetingAfter(input.calendar, input.date, stockholmDate(Date.now()))!;
          const placed = await placeOnAgenda({
            body: 'SRO',
            date,
            item: { ...item, needsSro: false, origin: { meetingId: workflowId, reason: 'forwarded' } },
          });
          return { placedOn: placed.meetingId };
        }
        if (d.action === 'approve') return {};
        const guidelineId = item.subject!.id;
        if (d.action === 'adopt') {
          await applyGuidelineDecision({
            guidelineId,
            updateId,
            update: 'adopt',
            payload: { validFrom: d.validFrom, validUntil: d.validUntil, decisionRef, note: d.text },
          });
        } else {
          await applyGuidelineDecision({
            guidelineId,
            updateId,
            update: 'extendValidity',
            payload: {
              validUntil: d.validUntil,
              note: d.editorialChanges ?? d.text ?? `${input.body} ${input.date}: ${item.title}`,
              decisionRef,
              version: d.version,
              editorialChanges: d.editorialChanges,
            },
          });
        }
        return { guidelineWorkflowId: `guideline/${guidelineId}` };
      }
      case 'note':
        return {};
      case 'send-back': {
        const placed = await placeOnAgenda({
          body: input.body,
          date: d.toMeeting,
          item: { ...item, origin: { meetingId: workflowId, reason: 'sent-back' } },
        });
        return { placedOn: placed.meetingId };
      }
      case 'recommend-principals': {
        const trackingId = principalTrackingId(workflowId, d.itemId);
        await startChild(principalAdoption, {
          workflowId: trackingId,
          // The principals take months to decide; the meeting's own workflow is long finished by then.
          parentClosePolicy: ParentClosePolicy.ABANDON,
          args: [
            {
              meetingId: workflowId,
              itemId: d.itemId,
              title: item.title,
              subject: item.subject,
              decideBy: d.decideBy,
              principals: d.principals,
              secretary: input.secretary,
              reminderPolicy: { businessDaysAfter: [1, 20], sendAt: input.documentPolicy.sendAt },
            },
          ],
        });
        return { trackingWorkflowId: trackingId };
      }
    }
  };

  setHandler(
    recordDecisionUpdate,
    async (request) => {
      const d = decisionSchema.parse(request);
      const item = itemOf(d.itemId)!;
      const decisionRef = decisionReference(input.body, input.date, d.itemId);
      state.deciding.push(d.itemId);
      try {
        const effects = await carryOut(d, item, decisionRef);
        const { principals, ...rest } = d.outcome === 'recommend-principals' ? d : { ...d, principals: undefined };
        const recorded: RecordedDecision = { ...rest, principals: principals?.length, decisionRef, at: nowIso(), effects };
        state.decisions[d.itemId] = recorded;
        await outcome('decision', { ...recorded });
        return recorded;
      } catch (err) {
        // Refused by what it concerns: nothing is recorded here, and the caller is told why.
        if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.nonRetryable) {
          throw ApplicationFailure.nonRetryable(err.cause.message, 'DecisionRejected');
        }
        throw err;
      } finally {
        state.deciding = state.deciding.filter((id) => id !== d.itemId);
      }
    },
    {
      validator: (request) => {
        const d = parseOrThrow(decisionSchema, request);
        const problem = decisionProblem(decisionContext(), d);
        if (problem) reject(problem);
      },
    },
  );

  const remindPresenters = async (reminder: { date: string; at: string }) => {
    state.sentPresenterReminders.push(reminder.at);
    const missing = itemsMissingDocuments(state.items);
    const byPresenter = new Map<string, AgendaItem[]>();
    for (const item of missing) {
      const key = item.presenter.email.toLowerCase();
      byPresenter.set(key, [...(byPresenter.get(key) ?? []), item]);
    }
    const refused = await sendBatch(
      [...byPresenter.entries()].map(([email, items]) => ({
        idempotencyKey: `${workflowId}|document-reminder|${reminder.at}|${email}`,
        workflowId,
        to: items[0].presenter,
        dueAt: reminder.at,
        message: {
          template: 'document-reminder' as const,
          meeting: meetingRef,
          documentDeadline: schedule.documentDeadline,
          itemTitles: items.map((i) => i.title),
          secretaryName: input.secretary.name,
          secretaryEmail: input.secretary.email,
        },
      })),
    );
    await outcome('document-reminder-sent', { date: reminder.date, items: missing.map((i) => i.itemId), refused });
  };

  const publishAgenda = async () => {
    state.agendaPublished = true;
    const at = schedule.agendaPublishedAt;
    const missing = itemsMissingDocuments(state.items);
    const items = state.items.map((i) => ({
      title: i.title,
      kind: i.kind,
      minutes: i.minutes,
      presenterName: i.presenter.name,
      documents: i.documents,
    }));
    const refused = await sendBatch([
      // An empty agenda tells members nothing they need.
      ...(state.items.length ? input.members : []).map((to) => ({
        idempotencyKey: `${workflowId}|agenda|${to.email.toLowerCase()}`,
        workflowId,
        to,
        dueAt: at,
        message: { template: 'agenda-published' as const, meeting: meetingRef, startsAt: input.startsAt, items },
      })),
      ...(missing.length
        ? [
            {
              idempotencyKey: `${workflowId}|documents-missing|${input.secretary.email.toLowerCase()}`,
              workflowId,
              to: input.secretary,
              dueAt: at,
              message: {
                template: 'documents-missing' as const,
                meeting: meetingRef,
                documentDeadline: schedule.documentDeadline,
                items: missing.map((i) => ({ title: i.title, presenterName: i.presenter.name, presenterEmail: i.presenter.email })),
              },
            },
          ]
        : []),
    ]);
    await outcome('agenda-published', { items: state.items.map((i) => i.itemId), documentsMissing: missing.map((i) => i.itemId), refused });
  };

  await outcome('meeting-planned', { ...meetingRef, schedule });

  // A meeting planned late skips the reminders already past; its agenda still goes out if the meeting is ahead.
  const sleepUntil = (at: string) => sleep(Math.max(1, Date.parse(at) - Date.now()));
  for (const reminder of schedule.presenterReminders.filter((r) => r.at >= startedAt)) {
    await sleepUntil(reminder.at);
    await remindPresenters(reminder);
  }
  if (startedAt < schedule.startsAt) {
    await sleepUntil(schedule.agendaPublishedAt);
    state.status = 'agenda-published';
    await publishAgenda();
  }
  await sleepUntil(schedule.startsAt);
  state.status = 'held';
  await outcome('meeting-held', meetingRef);

  await condition(() => state.items.every((i) => decisionOn(i.itemId)));
  state.status = 'closed';
  await condition(allHandlersFinished);
  await outcome('meeting-closed', { decisions: Object.keys(state.decisions) });
  return view();
}
