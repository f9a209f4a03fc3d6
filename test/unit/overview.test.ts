import { addDays } from '../../domain/calendar/dates';
import { overviewOf, OverviewSubjects } from '../../domain/overview';
import type { Projection, Subject } from '../../domain/readModel';
import type { ConsultationView } from '../../workflows/consultation/api';
import {
  commissionOverdue,
  implementationDue,
  inForce,
  meetingMissingDocuments,
  openRound,
  surveyClosing,
  TODAY,
} from '../support/guidelineSubjects';

/** A projection as the store reads it back. */
const read = <V>({ upcoming: _upcoming, ...p }: Projection<V>): Subject<V> => ({ ...p, updatedAt: '2030-03-01T00:00:00.000Z' });
const none: OverviewSubjects = { rounds: [], meetings: [], implementations: [], surveys: [], guidelines: [], commissions: [] };
const day = (n: number) => addDays(TODAY, n);

describe('what counts as needing someone: the overview rule, on the edges of its windows', () => {
  test('an open round with silent organisations counts from today through the 30th day, and not once all have answered', () => {
    const deadlines = (...rounds: Array<Subject<ConsultationView>>) =>
      overviewOf({ ...none, rounds }, TODAY).answerDeadlines.map((r) => r.deadline);
    expect(deadlines(read(openRound('a', 1, day(0))), read(openRound('b', 1, day(30))), read(openRound('c', 1, day(31))))).toEqual([
      day(0),
      day(30),
    ]);
    const answered = read(openRound('a', 1, day(10)));
    answered.view.progress = { ...answered.view.progress, notAnswered: [], answered: 3, notAnsweredCount: 0 };
    const passed = { ...read(openRound('b', 1, day(10))), status: 'deadline-passed' };
    expect(deadlines(answered, passed)).toEqual([]);
  });

  test('a meeting counts while its documents are missing and it is not yet held, through the 30th day', () => {
    const meetings = [read(meetingMissingDocuments(day(24))), read(meetingMissingDocuments(day(31)))];
    const held = { ...read(meetingMissingDocuments(day(3))), status: 'held' };
    const complete = read(meetingMissingDocuments(day(10)));
    complete.view.documentsMissing = [];
    expect(overviewOf({ ...none, meetings: [...meetings, held, complete] }, TODAY).missingDocuments).toEqual([
      {
        workflowId: `meeting/VVG/${day(24)}`,
        body: 'VVG',
        date: day(24),
        documentDeadline: meetings[0].view.schedule.documentDeadline,
        items: [{ itemId: 'pfik', title: 'Färdplan för nära vård', presenter: 'Per Holm' }],
      },
    ]);
  });

  test('implementations and surveys count through the 30th day while someone is missing', () => {
    const o = overviewOf(
      {
        ...none,
        implementations: [read(implementationDue('g', 'G', 1, day(30))), read(implementationDue('g', 'G', 2, day(31)))],
        surveys: [read(surveyClosing('g', 1, day(31))), read(surveyClosing('g', 2, day(5)))],
      },
      TODAY,
    );
    expect(o.implementations.map((i) => [i.n, i.confirmed, i.total, i.unconfirmed.length])).toEqual([[1, 1, 6, 5]]);
    expect(o.surveys.map((s) => [s.n, s.missing])).toEqual([
      [2, [{ organisationId: 'fyrbodal', organisationName: 'Fyrbodal', parts: ['Implementering', 'Följsamhet och resultat'] }]],
    ]);
  });

  test('a guideline in force counts through the 180th day before its end; an expired one counts until someone decides', () => {
    const ending = (validUntil: string, status?: 'expired' | 'retired') =>
      read(inForce({ id: `g-${validUntil}-${status ?? 'in-force'}`, validFrom: '2020-01-01', validUntil }, status ? { status } : {}));
    const o = overviewOf(
      {
        ...none,
        guidelines: [ending(day(181)), ending(day(180)), ending(day(0)), ending(day(-40), 'expired'), ending(day(-40), 'retired')],
      },
      TODAY,
    );
    expect(o.expiring.map((g) => [g.validUntil, g.daysLeft])).toEqual([
      [day(0), 0],
      [day(180), 180],
    ]);
    expect(o.expired.map((g) => [g.validUntil, g.daysLeft])).toEqual([[day(-40), -40]]);
  });

  test('a milestone is overdue once escalated, or from the day after it was due; not on its day, not when done', () => {
    const commission = read(commissionOverdue());
    const milestones = (status: string, due: string) => {
      const c = structuredClone(commission);
      c.view.milestones = [{ id: 'm', title: 'Delmål', due, status: status as 'open', moves: [] }];
      return overviewOf({ ...none, commissions: [c] }, TODAY).overdueMilestones.flatMap((x) => x.milestones.map((m) => m.due));
    };
    expect(milestones('overdue', day(-3))).toEqual([day(-3)]);
    expect(milestones('open', day(-1))).toEqual([day(-1)]);
    expect(milestones('open', day(0))).toEqual([]);
    expect(milestones('completed', day(-10))).toEqual([]);
    expect(overviewOf({ ...none, commissions: [{ ...commission, status: 'completed' }] }, TODAY).overdueMilestones).toEqual([]);
  });
});
