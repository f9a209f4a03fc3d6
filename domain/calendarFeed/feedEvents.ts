import { IsoDate, stockholmInstant } from '../calendar/dates';
import { meetingWorkflowId, parseWorkflowId, ResponsibleBodyId } from '../ids';
import { calendarUid, CalendarRef } from '../mail/calendarEvent';
import { formatDate } from '../mail/letter';
import type { Body } from '../meeting/bodies';
import type { Subject } from '../readModel';

/**
 * One event of a subscribed calendar, with the uid and sequence that every mail about the same event carries in its
 * `.ics`, so that a moved deadline is one event moving, never a second one.
 */
export interface FeedEvent extends CalendarRef {
  /** The day of an all-day event; of a timed one, the day it starts. */
  date: IsoDate;
  /** A timed event's start, an instant (ISO, UTC); an all-day event has none. */
  startsAt?: string;
  title: string;
  description: string;
  /** When the read model last wrote what the event shows: its DTSTAMP. */
  revisedAt?: string;
}

/*
 * What a feed reads of each workflow's view (workflows/<area>/api.ts). The views themselves are passed in: these
 * name only the fields read, so that the domain stays on its own and the compiler checks the views still have them.
 */

type Organisations = ReadonlyArray<{ organisationId: string }>;

export interface RoundRead {
  guidelineId: string;
  document: { title: string; version: string };
  deadlineInForce: IsoDate;
  recipients: Organisations;
  withdrawn: readonly string[];
  calendarSequence: number;
  closedEarly?: boolean;
}

export interface ImplementationRead {
  guidelineId: string;
  deadlineInForce: IsoDate;
  notConfirmed: Organisations;
  confirmations: Record<string, unknown>;
}

export interface SurveyRead {
  guidelineId: string;
  plan: { title: string };
  closesInForce: IsoDate;
  moves: readonly unknown[];
  progress: { missing: Organisations };
  submissions: Record<string, unknown>;
}

export interface PrincipalsRead {
  meetingId: string;
  title: string;
  decideBy: IsoDate;
  status: string;
  progress: { notDecided: Organisations };
  decisions: Record<string, unknown>;
}

export interface MeetingRead {
  meetingId: string;
  body: ResponsibleBodyId;
  date: IsoDate;
  schedule: { documentDeadline: IsoDate; startsAt: string };
  items: ReadonlyArray<{ title: string; presenter: { email: string } }>;
}

export interface GuidelineRead {
  guidelineId: string;
  status: string;
  guideline: {
    title: string;
    validUntil?: IsoDate;
    owner: { email: string };
    subscribers: ReadonlyArray<{ email: string }>;
  };
  extensions: readonly unknown[];
}

export interface CommissionRead {
  commissionId: string;
  workflowId: string;
  title: string;
  group: ReadonlyArray<{ email: string }>;
  milestones: ReadonlyArray<{ id: string; title: string; due: IsoDate; moves: readonly unknown[] }>;
}

/** The read model's subjects a feed is made from, each kind with its view. */
export interface FeedSubjects {
  rounds: Array<Subject<RoundRead>>;
  implementations: Array<Subject<ImplementationRead>>;
  surveys: Array<Subject<SurveyRead>>;
  principals: Array<Subject<PrincipalsRead>>;
  meetings: Array<Subject<MeetingRead>>;
  guidelines: Array<Subject<GuidelineRead>>;
  commissions: Array<Subject<CommissionRead>>;
}

const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const asked = (organisationId: string, ...lists: Organisations[]) => lists.some((l) => l.some((o) => o.organisationId === organisationId));
const meetingName = (body: string, date: IsoDate) => `${body} ${formatDate(date, 'sv')}`;

/**
 * The organisation's last day to answer a round it is asked (the deadline in force), while it is: not once it is
 * withdrawn, nor after the round closed early, when the mails took the deadline out of its calendar.
 */
export function roundDeadline({ workflowId, view, updatedAt }: Subject<RoundRead>, organisationId: string): FeedEvent[] {
  if (!asked(organisationId, view.recipients) || view.withdrawn.includes(organisationId) || view.closedEarly) return [];
  return [
    {
      uid: calendarUid(workflowId, 'deadline', organisationId),
      sequence: view.calendarSequence,
      date: view.deadlineInForce,
      title: `Sista dag för synpunkter: ${view.document.title}`,
      description: `Synpunkter på ${view.guidelineId}, version ${view.document.version}`,
      revisedAt: updatedAt,
    },
  ];
}

/** The day by which the organisation is to have implemented the guideline: a deadline that never moves, sequence 0. */
export function implementationDeadline(
  { workflowId, title, view, updatedAt }: Subject<ImplementationRead>,
  organisationId: string,
): FeedEvent[] {
  if (!asked(organisationId, view.notConfirmed) && !Object.hasOwn(view.confirmations, organisationId)) return [];
  return [
    {
      uid: calendarUid(workflowId, 'deadline', organisationId),
      sequence: 0,
      date: view.deadlineInForce,
      title: `${title} ska vara infört`,
      description: view.guidelineId,
      revisedAt: updatedAt,
    },
  ];
}

/** The survey's closing day in force for an organisation it asks; one change further with every move. */
export function surveyClosing({ workflowId, view, updatedAt }: Subject<SurveyRead>, organisationId: string): FeedEvent[] {
  if (!asked(organisationId, view.progress.missing) && !Object.hasOwn(view.submissions, organisationId)) return [];
  return [
    {
      uid: calendarUid(workflowId, 'closes', organisationId),
      sequence: view.moves.length,
      date: view.closesInForce,
      title: `Uppföljning: ${view.plan.title}`,
      description: view.guidelineId,
      revisedAt: updatedAt,
    },
  ];
}

/**
 * The day a principal was recommended to decide by, until the tracking of the decisions is closed. Its reminders
 * carry no calendar file, so its uid is the feed's, named as the mails name theirs; the day never moves.
 */
export function principalDecideBy({ workflowId, view, updatedAt }: Subject<PrincipalsRead>, organisationId: string): FeedEvent[] {
  if (view.status === 'closed') return [];
  if (!asked(organisationId, view.progress.notDecided) && !Object.hasOwn(view.decisions, organisationId)) return [];
  const meeting = parseWorkflowId(view.meetingId);
  const recommendedBy = meeting?.kind === 'meeting' ? `${meetingName(meeting.body, meeting.date)} rekommenderade` : 'Rekommendation till';
  return [
    {
      uid: calendarUid(workflowId, 'decide-by', organisationId),
      sequence: 0,
      date: view.decideBy,
      title: `Huvudmannens beslut: ${view.title}`,
      description: `${recommendedBy} huvudmännen att ställa sig bakom ${view.title}.`,
      revisedAt: updatedAt,
    },
  ];
}

/** A meeting's start, as its agenda mail puts the meeting in the members' calendars. */
function meetingStart(body: ResponsibleBodyId, date: IsoDate, startsAt: string, items: MeetingRead['items'], revisedAt?: string) {
  return {
    uid: calendarUid(meetingWorkflowId(body, date), 'meeting'),
    sequence: 0,
    date,
    startsAt,
    title: `${body}:s sammanträde`,
    description: items.map((i) => i.title).join('; '),
    revisedAt,
  };
}

/** For a presenter: the meeting's document deadline, for the items they present, and the meeting itself. */
export function presenterEvents({ view, updatedAt }: Subject<MeetingRead>, email: string): FeedEvent[] {
  const presented = view.items.filter((i) => sameAddress(i.presenter.email, email));
  if (presented.length === 0) return [];
  return [
    {
      uid: calendarUid(view.meetingId, 'document-deadline'),
      sequence: 0,
      date: view.schedule.documentDeadline,
      title: `Sista dag för handlingar till ${meetingName(view.body, view.date)}`,
      description: presented.map((i) => i.title).join('; '),
      revisedAt: updatedAt,
    },
    meetingStart(view.body, view.date, view.schedule.startsAt, view.items, updatedAt),
  ];
}

/** For a member: every meeting in the body's calendar, with its agenda's items where its workflow has them. */
export function bodyMeetings(body: Body, meetings: Array<Subject<MeetingRead>>): FeedEvent[] {
  const started = new Map(meetings.filter((m) => m.view.body === body.id).map((m) => [m.view.date, m]));
  return body.meetings.map((date) => {
    const meeting = started.get(date);
    return meeting
      ? meetingStart(body.id, date, meeting.view.schedule.startsAt, meeting.view.items, meeting.updatedAt)
      : meetingStart(body.id, date, stockholmInstant(date, body.startsAt), []);
  });
}

/** The last day of validity of a guideline in force or expired; it leaves the calendar with the guideline's retirement. */
export function validityEnd({ workflowId, view, updatedAt }: Subject<GuidelineRead>, email: string): FeedEvent[] {
  const g = view.guideline;
  const holds = [g.owner, ...g.subscribers].some((c) => sameAddress(c.email, email));
  if (!holds || !g.validUntil || (view.status !== 'in-force' && view.status !== 'expired')) return [];
  return [
    {
      uid: calendarUid(workflowId, 'valid-until'),
      sequence: view.extensions.length,
      date: g.validUntil,
      title: `${g.title} upphör att gälla`,
      description: `Sista giltighetsdag för ${view.guidelineId}`,
      revisedAt: updatedAt,
    },
  ];
}

/** A commission's milestones, for the members of its working group; one change further with every move. */
export function milestones({ view, updatedAt }: Subject<CommissionRead>, email: string): FeedEvent[] {
  if (!view.group.some((c) => sameAddress(c.email, email))) return [];
  return view.milestones.map((m) => ({
    uid: calendarUid(view.workflowId, 'milestone', m.id),
    sequence: m.moves.length,
    date: m.due,
    title: `${m.title}: ${view.title}`,
    description: `Uppdrag ${view.commissionId}`,
    revisedAt: updatedAt,
  }));
}

/** Each event once (a presenter who is also a member has the meeting once), soonest first. */
function inOrder(events: FeedEvent[]): FeedEvent[] {
  const byUid = new Map(events.map((e) => [e.uid, e]));
  return [...byUid.values()].sort((a, b) => (a.startsAt ?? a.date).localeCompare(b.startsAt ?? b.date) || a.uid.localeCompare(b.uid));
}

const organisationEvents = (s: FeedSubjects, organisationId: string): FeedEvent[] => [
  ...s.rounds.flatMap((r) => roundDeadline(r, organisationId)),
  ...s.implementations.flatMap((i) => implementationDeadline(i, organisationId)),
  ...s.surveys.flatMap((f) => surveyClosing(f, organisationId)),
  ...s.principals.flatMap((p) => principalDecideBy(p, organisationId)),
];

/**
 * What an organisation is asked, and by when: its answer deadlines, its implementation deadlines, the closing days
 * of the surveys it is asked, and the days it was recommended to decide by.
 */
export function organisationFeed(s: FeedSubjects, organisationId: string): FeedEvent[] {
  return inOrder(organisationEvents(s, organisationId));
}

/**
 * What concerns a contact: what their organisation is asked, the meetings they present at (with the document
 * deadline), the meetings of the bodies they are a member of, the end of validity of the guidelines they own or
 * follow, and the milestones of the commissions they work in.
 */
export function contactFeed(s: FeedSubjects, bodies: readonly Body[], contact: { organisationId: string; email: string }): FeedEvent[] {
  const { email } = contact;
  const memberOf = bodies.filter((b) => b.members.some((m) => sameAddress(m.email, email)));
  return inOrder([
    ...organisationEvents(s, contact.organisationId),
    ...s.meetings.flatMap((m) => presenterEvents(m, email)),
    ...memberOf.flatMap((b) => bodyMeetings(b, s.meetings)),
    ...s.guidelines.flatMap((g) => validityEnd(g, email)),
    ...s.commissions.flatMap((c) => milestones(c, email)),
  ]);
}

/** The public calendar of a body: every meeting in its calendar, under the body's name; the agenda is the members'. */
export function bodyFeed(body: Body, meetings: Array<Subject<MeetingRead>>): FeedEvent[] {
  return inOrder(bodyMeetings(body, meetings).map((e) => ({ ...e, description: body.name })));
}

/** What a subscriber's calendar program calls each feed. */
export const feedNames = {
  organisation: (organisationName: string) => `Riktlinjer: ${organisationName}`,
  contact: (organisationName: string) => `Riktlinjer: ${organisationName}, mina datum`,
  body: (body: Pick<Body, 'id' | 'name'>) => `${body.name} (${body.id}): sammanträden`,
};
