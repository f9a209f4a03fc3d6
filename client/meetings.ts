import { Client, WorkflowHandle, WorkflowNotFoundError } from '@temporalio/client';
import { z } from 'zod';
import { annualWheel, AnnualWheel, meetingsInYear, yearSchema } from '../domain/meeting/annualWheel';
import { BodyDirectory, meetingCalendar, meetingInputFor } from '../domain/meeting/bodies';
import { isoDate } from '../domain/calendar/dates';
import { Failure } from '../domain/failures';
import { responsibleBodySchema } from '../domain/guideline/guideline';
import { addItemProblem, AgendaState, submitDocumentsProblem } from '../domain/meeting/agenda';
import {
  agendaItemSchema,
  itemIdSchema,
  MeetingCalendar,
  MeetingInput,
  meetingSchedule,
  meetingStatusAt,
  submitDocumentsSchema,
} from '../domain/meeting/meeting';
import { DecisionContext, decisionProblem, decisionSchema } from '../domain/meeting/decision';
import { OrganisationDirectory, placed, PlacedContact, requireKnownOrganisations } from '../domain/directory/organisation';
import {
  closeTrackingProblem,
  closeTrackingSchema,
  principalDecisionProblem,
  principalDecisionSchema,
  PrincipalTrackingState,
  trackingClosedProblem,
} from '../domain/meeting/principals';
import { ContactDirectory, resolveRecipients } from '../domain/directory/recipients';
import { guidelineWorkflowId, meetingWorkflowId, principalsWorkflowId } from '../domain/ids';
import { parseOrThrow, ValidationError } from '../domain/validation';
import { guidelineStateQuery } from '../workflows/guideline/api';
import {
  addItemUpdate,
  meetingAgendaQuery,
  MeetingView,
  RecordedDecision,
  recordDecisionUpdate,
  submitDocumentsUpdate,
} from '../workflows/meeting/api';
import {
  closeTrackingUpdate,
  PrincipalReceipt,
  principalProgressQuery,
  PrincipalView,
  recordPrincipalDecisionUpdate,
} from '../workflows/meeting/principalsApi';
import { ensureMeetingStarted } from '../activities/meetingStart';
import { Clock, machineClock, todayOn } from './clock';
import { readState, runUpdate } from './updates';

const meetingRefSchema = z.object({ body: responsibleBodySchema, date: isoDate });
const itemRefSchema = meetingRefSchema.extend({ itemId: itemIdSchema });
type MeetingRef = z.infer<typeof meetingRefSchema>;

const noMeeting = (m: MeetingRef) => `meeting: no meeting ${m.body} ${m.date}`;

/** The meeting as the rules on its agenda see it at `now`, held from its start as the workflow sees it. */
const agendaOf = (view: MeetingView, now: number): AgendaState => ({
  body: view.body,
  date: view.date,
  status: meetingStatusAt(view.status, view.schedule.startsAt, now),
  items: view.items,
});

/** A meeting nobody has planned anything on yet, as its workflow would see itself once started at `now`. */
const unstartedAgenda = (input: MeetingInput, now: number): AgendaState => ({
  body: input.body,
  date: input.date,
  status: meetingStatusAt('planned', meetingSchedule(input.date, input.startsAt, input.documentPolicy).startsAt, now),
  items: input.items,
});

/** The tracking as its rules see it: every principal has either decided or not. */
const trackingOf = (view: PrincipalView): PrincipalTrackingState => ({
  status: view.status,
  principals: [...Object.keys(view.decisions).map((organisationId) => ({ organisationId })), ...view.progress.notDecided],
});

function decisionContext(view: MeetingView, calendar: MeetingCalendar, clock: Clock): DecisionContext {
  return {
    ...agendaOf(view, clock()),
    items: view.items,
    // Only the workflow sees a decision in progress; its validator refuses a second one.
    deciding: [],
    decided: view.items.filter((i) => i.decision).map((i) => i.itemId),
    calendar,
    today: todayOn(clock),
  };
}

/** The principals a recommendation names, and their contacts, at their places in the decision. */
const principalContacts = (principals: ReadonlyArray<{ organisationId: string; contacts: ReadonlyArray<{ organisationId: string }> }>) =>
  principals.flatMap((p, i): PlacedContact[] => [[`principals.${i}`, p], ...placed(`principals.${i}.contacts`, p.contacts)]);

/**
 * Meetings of VVG and SRO for their secretaries: plan the year, put items on agendas, record decisions and the
 * principals'. Each Update is checked here with its validator's schema and state rule first; a principal's decision
 * dated in the future is refused by the tracking, whose clock is the engine's.
 */
export class MeetingClient {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    private readonly bodies: BodyDirectory,
    private readonly organisations: OrganisationDirectory,
    private readonly contacts: ContactDirectory,
    private readonly clock: Clock = machineClock,
  ) {}

  /** Starts every meeting of the body's calendar in `year`, so presenters are reminded and agendas go out; returns their ids. */
  async plan(body: string, year: number | string): Promise<string[]> {
    const ref = parseOrThrow(z.object({ body: responsibleBodySchema, year: yearSchema }), { body, year });
    const meetings = meetingsInYear(meetingCalendar(this.bodies), ref.year).filter((m) => m.body === ref.body);
    if (meetings.length === 0) throw new ValidationError([`year: ${ref.body} has no meetings in ${ref.year} in its calendar`]);
    return Promise.all(
      meetings.map((m) => ensureMeetingStarted(this.client, this.taskQueue, meetingInputFor(this.bodies, m.body, m.date))),
    );
  }

  /**
   * Puts an item on a calendar meeting, starting the meeting's workflow if nothing was planned on it yet. Every rule
   * the meeting would refuse the item by is asked first, of the meeting as it is or would be once started, so that
   * a refused item starts no meeting.
   */
  async addItem(body: string, date: string, item: unknown): Promise<MeetingView> {
    const ref = parseOrThrow(meetingRefSchema, { body, date });
    if (typeof item === 'object' && item !== null && 'origin' in item) {
      throw new ValidationError(['origin: is set by the meeting that sends an item back or forwards it']);
    }
    const parsed = parseOrThrow(agendaItemSchema, item);
    requireKnownOrganisations(this.organisations, [['presenter', parsed.presenter]]);
    const input = meetingInputFor(this.bodies, ref.body, ref.date);
    if (parsed.subject?.type === 'guideline') {
      const id = parsed.subject.id;
      await readState(
        () => this.client.workflow.getHandle(guidelineWorkflowId(id)).query(guidelineStateQuery),
        `subject.id: no guideline '${id}'`,
      );
    }
    const started = await this.startedAgenda(ref);
    const now = this.clock();
    const problem = addItemProblem(started ? agendaOf(started, now) : unstartedAgenda(input, now), parsed);
    if (problem) throw new ValidationError([problem], Failure.WrongState);
    await ensureMeetingStarted(this.client, this.taskQueue, input);
    return this.update(
      ref,
      (view) => addItemProblem(agendaOf(view, this.clock()), parsed),
      (h) => h.executeUpdate(addItemUpdate, { args: [parsed] }),
    );
  }

  async submitDocuments(body: string, date: string, input: unknown): Promise<MeetingView> {
    const ref = parseOrThrow(meetingRefSchema, { body, date });
    const submission = parseOrThrow(submitDocumentsSchema, input);
    return this.update(
      ref,
      (view) => submitDocumentsProblem(agendaOf(view, this.clock()), submission),
      (h) => h.executeUpdate(submitDocumentsUpdate, { args: [submission] }),
    );
  }

  /** Records a decision on an item; a recommendation without `principals` goes to the region and every municipality. */
  async decide(body: string, date: string, input: unknown): Promise<RecordedDecision> {
    const ref = parseOrThrow(meetingRefSchema, { body, date });
    const decision = parseOrThrow(decisionSchema, this.withPrincipals(input));
    if (decision.outcome === 'recommend-principals') requireKnownOrganisations(this.organisations, principalContacts(decision.principals));
    const calendar = meetingCalendar(this.bodies);
    return this.update(
      ref,
      (view) => decisionProblem(decisionContext(view, calendar, this.clock), decision),
      (h) => h.executeUpdate(recordDecisionUpdate, { args: [decision] }),
    );
  }

  async agenda(body: string, date: string): Promise<MeetingView> {
    const ref = parseOrThrow(meetingRefSchema, { body, date });
    return readState(() => this.meeting(ref).query(meetingAgendaQuery), noMeeting(ref));
  }

  async recordPrincipalDecision(body: string, date: string, itemId: string, input: unknown): Promise<PrincipalReceipt> {
    const decision = parseOrThrow(principalDecisionSchema, input);
    return this.trackingUpdate(
      body,
      date,
      itemId,
      (view) => principalDecisionProblem(trackingOf(view), decision),
      (h) => h.executeUpdate(recordPrincipalDecisionUpdate, { args: [decision] }),
    );
  }

  async principalProgress(body: string, date: string, itemId: string): Promise<PrincipalView> {
    const { handle, notFound } = this.tracking(body, date, itemId);
    return readState(() => handle.query(principalProgressQuery), notFound);
  }

  async closeTracking(body: string, date: string, itemId: string, input: unknown): Promise<PrincipalView> {
    const closing = parseOrThrow(closeTrackingSchema, input);
    return this.trackingUpdate(
      body,
      date,
      itemId,
      (view) => trackingClosedProblem(view) ?? closeTrackingProblem(trackingOf(view)),
      (h) => h.executeUpdate(closeTrackingUpdate, { args: [closing] }),
    );
  }

  /** The årshjul: every calendar meeting of the year with the items planned on it. */
  async wheel(year: number | string): Promise<AnnualWheel> {
    const ref = parseOrThrow(z.object({ year: yearSchema }), { year });
    const calendar = meetingCalendar(this.bodies);
    const agendas = await Promise.all(meetingsInYear(calendar, ref.year).map((m) => this.startedAgenda(m)));
    return annualWheel(
      ref.year,
      calendar,
      agendas.filter((a) => a !== undefined),
    );
  }

  /** A calendar meeting nobody has planned anything on yet has no workflow. */
  private async startedAgenda(ref: MeetingRef): Promise<MeetingView | undefined> {
    try {
      return await this.meeting(ref).query(meetingAgendaQuery);
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) return undefined;
      throw err;
    }
  }

  /** A recommendation goes to every principal unless the input names some. */
  private withPrincipals(input: unknown): unknown {
    if (typeof input !== 'object' || input === null) return input;
    const d = input as { outcome?: unknown; principals?: unknown };
    if (d.outcome !== 'recommend-principals' || d.principals !== undefined) return input;
    return { ...input, principals: resolveRecipients([{ group: 'principals' }], this.organisations, this.contacts) };
  }

  private meeting(ref: MeetingRef): WorkflowHandle {
    return this.client.workflow.getHandle(meetingWorkflowId(ref.body, ref.date));
  }

  private update<R>(
    ref: MeetingRef,
    problemWith: (view: MeetingView) => string | undefined,
    run: (handle: WorkflowHandle) => Promise<R>,
  ): Promise<R> {
    const handle = this.meeting(ref);
    return runUpdate({
      handle,
      read: () => handle.query(meetingAgendaQuery),
      notFound: noMeeting(ref),
      problemWith,
      run: () => run(handle),
    });
  }

  private tracking(body: string, date: string, itemId: string) {
    const ref = parseOrThrow(itemRefSchema, { body, date, itemId });
    return {
      handle: this.client.workflow.getHandle(principalsWorkflowId(ref.body, ref.date, ref.itemId)),
      notFound: `itemId: ${ref.body} ${ref.date} has recommended no principals on '${ref.itemId}'`,
    };
  }

  private trackingUpdate<R>(
    body: string,
    date: string,
    itemId: string,
    problemWith: (view: PrincipalView) => string | undefined,
    run: (handle: WorkflowHandle) => Promise<R>,
  ): Promise<R> {
    const { handle, notFound } = this.tracking(body, date, itemId);
    return runUpdate({
      handle,
      read: () => handle.query(principalProgressQuery),
      notFound,
      problemWith,
      run: () => run(handle),
    });
  }
}
