import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  ParentClosePolicy,
  proxyActivities,
  setHandler,
  startChild,
} from '@temporalio/workflow';
import type { Activities } from '../../activities/types';
import { Failure } from '../../domain/failures';
import { guidelineWorkflowId, meetingWorkflowId, principalsWorkflowId } from '../../domain/ids';
import { addItemProblem, AgendaState, notOnAgenda, submitDocumentsProblem } from '../../domain/meeting/agenda';
import { Decision, DecisionContext, decisionProblem, decisionReference, decisionSchema } from '../../domain/meeting/decision';
import {
  AgendaItem,
  agendaItemSchema,
  itemsMissingDocuments,
  MeetingEvent,
  meetingEvents,
  MeetingInput,
  meetingSchedule,
  MeetingStatus,
  meetingStatusAt,
  sroMeetingAfter,
  submitDocumentsSchema,
} from '../../domain/meeting/meeting';
import { activityFailureType, refuse } from '../kit/failures';
import { recordOutcome, sequencedOutcomes } from '../kit/ledger';
import { publishChanges, readModel } from '../kit/readModel';
import { sendBatch } from '../kit/mail';
import { nowIso, today } from '../kit/time';
import { validatedUpdate } from '../kit/validatedUpdate';
import { wakeAt, wakeAtOrOnChange } from '../kit/wake';
import { addItemUpdate, MeetingView, meetingAgendaQuery, RecordedDecision, recordDecisionUpdate, submitDocumentsUpdate } from './api';
import { meetingMail } from './meetingMail';
import { meetingProjection } from './meetingProjection';
import { principalAdoption } from './principalAdoption';

// A refusal by the guideline or the other meeting is final and goes back to whoever recorded the decision.
const { applyGuidelineDecision, placeOnAgenda } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '1 minute',
    nonRetryableErrorTypes: [Failure.DecisionRejected, Failure.AgendaRejected],
  },
});

interface MeetingState {
  status: MeetingStatus;
  items: AgendaItem[];
  decisions: Record<string, RecordedDecision>;
  /** Items whose decision is being carried out right now. */
  deciding: string[];
  sentPresenterReminders: string[];
  agendaPublished: boolean;
}

/** The guideline's or the other meeting's refusal of a decision, under its type, for whoever recorded it. */
function refusedBy(err: unknown): ApplicationFailure | undefined {
  const type = activityFailureType(err);
  if ((type !== Failure.DecisionRejected && type !== Failure.AgendaRejected) || !(err instanceof ActivityFailure)) return undefined;
  return ApplicationFailure.create({ type, message: err.cause?.message ?? err.message, nonRetryable: true });
}

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
  const state: MeetingState = {
    status: 'planned',
    items: [...input.items],
    decisions: {},
    deciding: [],
    sentPresenterReminders: [],
    agendaPublished: false,
  };

  // Item ids are user input: an id like 'constructor' must not find an object's own machinery.
  const decisionOn = (itemId: string) => (Object.hasOwn(state.decisions, itemId) ? state.decisions[itemId] : undefined);
  // The clock, not only the status: a meeting started late is held before its main loop has caught up.
  const agenda = (): AgendaState => ({
    ...meetingRef,
    status: meetingStatusAt(state.status, schedule.startsAt, Date.now()),
    items: state.items,
  });
  const context = (): DecisionContext => ({
    ...agenda(),
    items: state.items,
    deciding: state.deciding,
    decided: Object.keys(state.decisions),
    calendar: input.calendar,
    today: today(),
  });
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
  const mail = meetingMail(workflowId, input, schedule);

  setHandler(meetingAgendaQuery, view);
  const events = meetingEvents(schedule, startedAt);
  readModel(() =>
    meetingProjection(
      view(),
      input,
      events.filter((e) => e.at >= nowIso()),
    ),
  );

  validatedUpdate(addItemUpdate, { schema: agendaItemSchema, problem: (item) => addItemProblem(agenda(), item) }, async (item) => {
    state.items.push(item);
    await outcome('agenda-item-added', { itemId: item.itemId, title: item.title, kind: item.kind, origin: item.origin ?? null });
    return view();
  });

  validatedUpdate(
    submitDocumentsUpdate,
    { schema: submitDocumentsSchema, problem: (submission) => submitDocumentsProblem(agenda(), submission) },
    async ({ itemId, documents, receivedVia, receivedFrom }) => {
      state.items = state.items.map((i) => (i.itemId === itemId ? { ...i, documents: [...i.documents, ...documents] } : i));
      await outcome('documents-submitted', { itemId, documents, receivedVia, receivedFrom });
      return view();
    },
  );

  const placeOn = async (body: MeetingInput['body'], date: string, item: AgendaItem, reason: 'forwarded' | 'sent-back') => {
    const placed = await placeOnAgenda({ body, date, item: { ...item, origin: { meetingId: workflowId, reason } } });
    return { placedOn: placed.meetingId };
  };

  const carryOut = async (d: Decision, item: AgendaItem, decisionRef: string): Promise<RecordedDecision['effects']> => {
    const updateId = `${workflowId}|${d.itemId}`;
    switch (d.outcome) {
      case 'endorse': {
        // VVG's endorsement of an item that SRO decides prepares it: the guideline changes with SRO's decision.
        const sro = item.needsSro && input.body === 'VVG' ? sroMeetingAfter(input.calendar, input.date, today()) : undefined;
        if (sro) return placeOn('SRO', sro, { ...item, needsSro: false }, 'forwarded');
        // Only a guideline changes with an endorsement; anything else is approved as it stands.
        const subject = item.subject;
        if (d.action === 'approve' || subject?.type !== 'guideline') return {};
        const guidelineId = subject.id;
        if (d.action === 'adopt') {
          const payload = { validFrom: d.validFrom, validUntil: d.validUntil, decisionRef, note: d.text };
          await applyGuidelineDecision({ guidelineId, updateId, update: 'adopt', payload });
        } else {
          const payload = {
            validUntil: d.validUntil,
            note: d.editorialChanges ?? d.text ?? `${input.body} ${input.date}: ${item.title}`,
            decisionRef,
            version: d.version,
            editorialChanges: d.editorialChanges,
          };
          await applyGuidelineDecision({ guidelineId, updateId, update: 'extendValidity', payload });
        }
        return { guidelineWorkflowId: guidelineWorkflowId(guidelineId) };
      }
      case 'note':
        return {};
      case 'send-back':
        return placeOn(input.body, d.toMeeting, item, 'sent-back');
      case 'recommend-principals': {
        const trackingId = principalsWorkflowId(input.body, input.date, d.itemId);
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
              reminderPolicy: {
                businessDaysAfter: [1, 20],
                sendAt: input.documentPolicy.sendAt,
                quietPeriods: input.documentPolicy.quietPeriods,
              },
            },
          ],
        });
        return { trackingWorkflowId: trackingId };
      }
    }
  };

  validatedUpdate(recordDecisionUpdate, { schema: decisionSchema, problem: (d) => decisionProblem(context(), d) }, async (d) => {
    const item = state.items.find((i) => i.itemId === d.itemId);
    if (!item) refuse(notOnAgenda(meetingRef, d.itemId));
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
      throw refusedBy(err) ?? err;
    } finally {
      state.deciding = state.deciding.filter((id) => id !== d.itemId);
    }
  });

  const act = async (event: MeetingEvent) => {
    switch (event.kind) {
      case 'presenter-reminder': {
        state.sentPresenterReminders.push(event.at);
        const missing = itemsMissingDocuments(state.items);
        const refused = await sendBatch(mail.presenterReminders(event.at, missing));
        await outcome('document-reminder-sent', { date: event.reminder.date, items: missing.map((i) => i.itemId), refused });
        return;
      }
      case 'agenda': {
        state.status = 'agenda-published';
        state.agendaPublished = true;
        const missing = itemsMissingDocuments(state.items);
        const refused = await sendBatch(mail.agenda(state.items, missing));
        const items = state.items.map((i) => i.itemId);
        await outcome('agenda-published', { items, documentsMissing: missing.map((i) => i.itemId), refused });
        return;
      }
      case 'start':
        state.status = 'held';
        await outcome('meeting-held', meetingRef);
        return;
    }
  };

  await outcome('meeting-planned', { ...meetingRef, schedule });
  for (const event of events) {
    await wakeAt(event.at);
    await act(event);
  }
  // Held, the meeting waits only for its last decision: nothing is due at any instant now.
  await wakeAtOrOnChange(undefined, () => state.items.every((i) => decisionOn(i.itemId)));
  state.status = 'closed';
  await condition(allHandlersFinished);
  await outcome('meeting-closed', { decisions: Object.keys(state.decisions) });
  await publishChanges();
  return view();
}
