import { stockholmInstant } from '../../domain/calendar/dates';
import {
  bodyFeed,
  contactFeed,
  FeedEvent,
  organisationFeed,
  principalDecideBy,
  roundDeadline,
  surveyClosing,
  validityEnd,
} from '../../domain/calendarFeed/feedEvents';
import { commissionWorkflowId, followUpWorkflowId, implementationWorkflowId, meetingWorkflowId } from '../../domain/ids';
import { calendarUid } from '../../domain/mail/calendarEvent';
import { bodyOf } from '../../domain/meeting/bodies';
import type { Subject } from '../../domain/readModel';
import type { ConsultationView } from '../../workflows/consultation/api';
import type { GuidelineView } from '../../workflows/guideline/api';
import type { PrincipalView } from '../../workflows/meeting/principalsApi';
import { CLOSED_TRACKING, feedSubjects, GUIDELINE, inForce, movedSurvey, round, ROUND, TRACKING } from '../support/calendarSubjects';
import { annSofie, COMMISSION, malin } from '../support/commissionSubjects';
import { bodies } from '../support/directories';
import { englishSubscriber, owner } from '../support/guidelines';
import { AHEAD, HELD, tracking } from '../support/meetingSubjects';

const AT = '2027-02-15T09:00:00.000Z';
const subjects = feedSubjects(AT);
const VVG = bodyOf(bodies, 'VVG');
const SRO = bodyOf(bodies, 'SRO');

const IMPLEMENTATION = implementationWorkflowId('self-care', 1);
const SURVEY = followUpWorkflowId('self-care', 1);
const LSS = commissionWorkflowId(COMMISSION);

const subject = <View>(workflowId: string, view: View, title = 'Titel'): Subject<View> => ({
  workflowId,
  kind: 'consultation',
  title,
  status: 'open',
  view,
  updatedAt: AT,
});

/** What a calendar program keys on and shows: uid, sequence, and the day or the start. */
const keyed = (events: FeedEvent[]) => events.map((e) => [e.uid, e.sequence, e.startsAt ?? e.date]);
const uids = (events: FeedEvent[]) => events.map((e) => e.uid);

describe("an organisation's feed: what it is asked, and by when", () => {
  test('Borås: the round it answers (sequence 2: one extension, one withdrawal) and the principals’ decision it was asked', () => {
    expect(keyed(organisationFeed(subjects, 'kommun-boras'))).toEqual([
      [calendarUid(TRACKING, 'decide-by', 'kommun-boras'), 0, '2027-06-30'],
      [calendarUid(ROUND, 'deadline', 'kommun-boras'), 2, '2097-03-04'],
    ]);
  });

  test('Ale, withdrawn from the round, keeps only the decision it has yet to take; the closed tracking is gone', () => {
    expect(keyed(organisationFeed(subjects, 'kommun-ale'))).toEqual([[calendarUid(TRACKING, 'decide-by', 'kommun-ale'), 0, '2027-06-30']]);
  });

  test('Fyrbodal: the implementation deadline it confirmed and the survey closing moved once, in force on Monday', () => {
    expect(keyed(organisationFeed(subjects, 'fyrbodal'))).toEqual([
      [calendarUid(SURVEY, 'closes', 'fyrbodal'), 1, '2027-09-20'],
      [calendarUid(IMPLEMENTATION, 'deadline', 'fyrbodal'), 0, '2027-12-31'],
    ]);
  });

  test('an organisation asked nothing has an empty calendar, whatever its people present or own', () => {
    expect(organisationFeed(subjects, 'vastkom')).toEqual([]);
  });

  test('each event says what it is, in Swedish, as the mails about it do', () => {
    const titles = Object.fromEntries(organisationFeed(subjects, 'skaraborg').map((e) => [e.uid, [e.title, e.description, e.revisedAt]]));
    expect(titles).toEqual({
      [calendarUid(IMPLEMENTATION, 'deadline', 'skaraborg')]: ['Riktlinje för egenvård ska vara infört', 'self-care', AT],
      [calendarUid(SURVEY, 'closes', 'skaraborg')]: ['Uppföljning: Uppföljning av egenvårdsrutinen', 'self-care', AT],
    });
    const [decision] = organisationFeed(subjects, 'kommun-ale');
    expect([decision.title, decision.description]).toEqual([
      'Huvudmannens beslut: Riktlinje för egenvård',
      'SRO 22 januari 2027 rekommenderade huvudmännen att ställa sig bakom Riktlinje för egenvård.',
    ]);
    const [deadline] = roundDeadline(subject(ROUND, round()), 'kommun-mark');
    expect([deadline.title, deadline.description]).toEqual([
      'Sista dag för synpunkter: Riktlinje vid oro för ett väntat barn',
      'Synpunkter på expected-child, version remissversion 1',
    ]);
  });
});

describe('a moved deadline is the same event, moved, one change further', () => {
  test('after an extension the round’s deadline keeps its uid, with the new day and a higher sequence', () => {
    const before = roundDeadline(subject(ROUND, round()), 'kommun-mark');
    const extended = round({
      deadline: '2097-03-20',
      deadlineInForce: '2097-03-20',
      calendarSequence: 3,
      extensions: [
        ...round().extensions,
        { deadline: '2097-03-20', reason: 'Fler behöver tid', previousDeadline: '2097-03-02', at: '2097-02-25T10:00:00.000Z' },
      ],
    });
    const after = roundDeadline(subject(ROUND, extended), 'kommun-mark');
    expect(keyed(before)).toEqual([[calendarUid(ROUND, 'deadline', 'kommun-mark'), 2, '2097-03-04']]);
    expect(keyed(after)).toEqual([[calendarUid(ROUND, 'deadline', 'kommun-mark'), 3, '2097-03-20']]);
  });

  test('a survey moved twice closes with sequence 2; an extended guideline ends with one per extension', () => {
    const survey = movedSurvey();
    const twice = { ...survey, moves: [...survey.moves, { ...survey.moves[0], at: '2027-06-01T09:00:00.000Z' }] };
    expect(surveyClosing(subject(SURVEY, twice), 'samla').map((e) => e.sequence)).toEqual([2]);
    const extended = inForce();
    const again: GuidelineView = {
      ...extended,
      extensions: [...extended.extensions, { ...extended.extensions[0], validUntil: '2029-12-31' }],
    };
    expect(validityEnd(subject(GUIDELINE, again), owner.email).map((e) => e.sequence)).toEqual([2]);
  });
});

describe('what leaves a calendar, as the mails took it out', () => {
  const withdrawn: ConsultationView = round({ withdrawn: ['kommun-ale', 'kommun-mark'], calendarSequence: 3 });

  test.each([
    ['withdrawn from the round', withdrawn, 'kommun-mark'],
    ['the round closed before its deadline', round({ status: 'closed', closedEarly: true, calendarSequence: 3 }), 'kommun-mark'],
    ['never asked', round(), 'kommun-lerum'],
  ])('a round’s deadline: %s', (_, view, organisationId) => {
    expect(roundDeadline(subject(ROUND, view), organisationId)).toEqual([]);
  });

  test('a round closed after its deadline keeps the day it was', () => {
    const closed = round({ status: 'closed', closedEarly: false });
    expect(keyed(roundDeadline(subject(ROUND, closed), 'kommun-mark'))).toEqual([
      [calendarUid(ROUND, 'deadline', 'kommun-mark'), 2, '2097-03-04'],
    ]);
  });

  test('a closed tracking asks no principal for anything more', () => {
    const closed: PrincipalView = { ...tracking, status: 'closed' };
    expect(principalDecideBy(subject(CLOSED_TRACKING, closed), 'kommun-ale')).toEqual([]);
    expect(principalDecideBy(subject(TRACKING, tracking), 'kommun-lerum')).toEqual([]);
  });

  test.each([
    ['retired', 'retired', []],
    ['expired, waiting for a decision', 'expired', [[calendarUid(GUIDELINE, 'valid-until'), 1, '2028-12-31']]],
  ] as const)('a guideline %s', (_, status, expected) => {
    expect(keyed(validityEnd(subject(GUIDELINE, { ...inForce(), status }), owner.email))).toEqual(expected);
  });
});

describe("a contact's feed: their organisation's, and their own", () => {
  test('a subscriber of Borås: what Borås is asked, and the end of the guideline they follow, the address in any case', () => {
    const events = contactFeed(subjects, bodies.bodies, { organisationId: 'kommun-boras', email: englishSubscriber.email.toUpperCase() });
    expect(keyed(events)).toEqual([
      [calendarUid(TRACKING, 'decide-by', 'kommun-boras'), 0, '2027-06-30'],
      [calendarUid(GUIDELINE, 'valid-until'), 1, '2028-12-31'],
      [calendarUid(ROUND, 'deadline', 'kommun-boras'), 2, '2097-03-04'],
    ]);
  });

  test('a presenter: each meeting’s document deadline and the meeting at its hour, once each, and their commission’s milestones', () => {
    const events = contactFeed(subjects, bodies.bodies, { organisationId: malin.organisationId, email: malin.email });
    const held = meetingWorkflowId('VVG', HELD);
    const ahead = meetingWorkflowId('VVG', AHEAD);
    expect(keyed(events)).toEqual([
      [calendarUid(held, 'document-deadline'), 0, '2027-01-22'],
      [calendarUid(held, 'meeting'), 0, stockholmInstant(HELD, '09:00')],
      // Fifteen business days before, Good Friday and Easter Monday not among them.
      [calendarUid(ahead, 'document-deadline'), 0, '2027-03-24'],
      [calendarUid(ahead, 'meeting'), 0, stockholmInstant(AHEAD, '09:00')],
      [calendarUid(LSS, 'milestone', 'first-draft'), 0, '2027-08-16'],
      [calendarUid(LSS, 'milestone', 'analysis'), 0, '2027-08-30'],
      [calendarUid(LSS, 'milestone', 'final-report'), 1, '2027-10-15'],
    ]);
    const deadline = events.find((e) => e.uid === calendarUid(held, 'document-deadline'));
    expect([deadline?.title, deadline?.description]).toEqual([
      'Sista dag för handlingar till VVG 12 februari 2027',
      'Riktlinje för samtycke; Färdplan nära vård; Uppföljning av egenvård',
    ]);
    expect(events.find((e) => e.uid === calendarUid(LSS, 'milestone', 'final-report'))?.title).toBe(
      'Slutrapport: Hälso- och sjukvård vid korttidsvistelse enligt LSS',
    );
  });

  test('the other member of the working group sees its milestones, not the meetings Malin presents at', () => {
    const events = contactFeed(subjects, bodies.bodies, { organisationId: 'vgr', email: annSofie.email });
    expect(uids(events)).toEqual([
      calendarUid(TRACKING, 'decide-by', 'vgr'),
      calendarUid(LSS, 'milestone', 'first-draft'),
      calendarUid(LSS, 'milestone', 'analysis'),
      calendarUid(LSS, 'milestone', 'final-report'),
    ]);
  });

  test('a member of VVG: every meeting in its calendar at its hour, the agenda’s items where the meeting has them', () => {
    const member = VVG.members[0];
    const events = contactFeed(subjects, bodies.bodies, { organisationId: member.organisationId, email: member.email });
    const meetings = events.filter((e) => e.startsAt);
    expect(meetings.map((e) => [e.uid, e.startsAt])).toEqual(
      VVG.meetings.map((date) => [calendarUid(meetingWorkflowId('VVG', date), 'meeting'), stockholmInstant(date, '09:00')]),
    );
    expect(meetings.map((e) => e.title)).toEqual(VVG.meetings.map(() => 'VVG:s sammanträde'));
    const ahead = meetings.find((e) => e.date === AHEAD);
    expect([ahead?.description, ahead?.revisedAt]).toEqual(['Uppföljning av egenvård', AT]);
    // What its organisation is asked comes too.
    expect(events.filter((e) => !e.startsAt).map((e) => e.uid)).toEqual([
      calendarUid(SURVEY, 'closes', member.organisationId),
      calendarUid(IMPLEMENTATION, 'deadline', member.organisationId),
    ]);
  });
});

describe("a body's public calendar", () => {
  test('every meeting in SRO’s calendar at its hour, under the body’s name, with no agenda', () => {
    const events = bodyFeed(SRO, subjects.meetings);
    expect(events.map((e) => [e.uid, e.sequence, e.startsAt, e.title, e.description])).toEqual(
      SRO.meetings.map((date) => [
        calendarUid(meetingWorkflowId('SRO', date), 'meeting'),
        0,
        stockholmInstant(date, '13:00'),
        'SRO:s sammanträde',
        SRO.name,
      ]),
    );
  });

  test('VVG’s meetings keep the uid the agenda mail gives them, its February meeting written when its row was', () => {
    const events = bodyFeed(VVG, subjects.meetings);
    expect(events).toHaveLength(VVG.meetings.length);
    expect(events.find((e) => e.date === HELD)).toMatchObject({
      uid: calendarUid(meetingWorkflowId('VVG', HELD), 'meeting'),
      revisedAt: AT,
    });
    expect(events.find((e) => e.date === '2027-06-11')?.revisedAt).toBeUndefined();
  });
});
