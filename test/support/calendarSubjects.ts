import type { Store } from '../../activities/store/database';
import { writeProjection } from '../../activities/store/readModel';
import type { FeedSubjects } from '../../domain/calendarFeed/feedEvents';
import { consultationWorkflowId, guidelineWorkflowId, principalsWorkflowId } from '../../domain/ids';
import type { Projection, Subject } from '../../domain/readModel';
import type { CommissionView } from '../../workflows/commission/api';
import { commissionProjection } from '../../workflows/commission/commissionProjection';
import type { ConsultationView } from '../../workflows/consultation/api';
import type { ImplementationView, SurveyView } from '../../workflows/followUp/api';
import type { GuidelineView } from '../../workflows/guideline/api';
import type { MeetingView } from '../../workflows/meeting/api';
import type { PrincipalView } from '../../workflows/meeting/principalsApi';
import { commissionView } from './commissionSubjects';
import { openRound } from './consultationSubjects';
import { implementationSubject, surveySubject, surveyView } from './followUpSubjects';
import { englishSubscriber } from './guidelines';
import { aheadVvg, heldVvg, SRO_HELD, tracking } from './meetingSubjects';
import { draftView } from './webApp';

/*
 * One of every subject a calendar feed reads, as the workflows publish them:
 * - round 1 of expected-child, open, to seven organisations (Ale withdrawn), its deadline extended once;
 *   round 2, to the same, closed before its deadline;
 * - the self-care guideline's implementation deadline and a follow-up survey, moved once, to the six sub-regions;
 * - SRO's recommendation to the principals (Borås and the region have decided, Ale not), and one closed;
 * - VVG's February and April meetings, where Malin Svärd presents;
 * - the accompanying-staff guideline in force, extended once, owned by Anna Andersson and followed by Ben Berg
 *   of Borås; one retired and one draft with the same owner;
 * - the LSS commission, whose group is Ann-Sofie Rundberg and Malin Svärd, its final report moved once.
 */

export const ROUND = consultationWorkflowId('expected-child', 1);
export const CLOSED_ROUND = consultationWorkflowId('expected-child', 2);
export const GUIDELINE = guidelineWorkflowId('accompanying-staff');
export const TRACKING = principalsWorkflowId('SRO', SRO_HELD, 'self-care');
export const CLOSED_TRACKING = principalsWorkflowId('SRO', SRO_HELD, 'roadmap');

export const round = (overrides: Partial<ConsultationView> = {}) => openRound(overrides);
export const closedRound = () =>
  openRound({ round: 2, status: 'closed', closedEarly: true, calendarSequence: 3, closeReason: 'Ersätts av en ny remiss' });

export const movedSurvey = () =>
  surveyView({
    moves: [
      {
        opensOn: '2027-08-16',
        closesOn: '2027-09-18',
        decisionRef: 'VVG 2027-04-16 §5',
        previous: { opensOn: '2027-06-01', closesOn: '2027-06-22' },
        at: '2027-05-10T09:00:00.000Z',
      },
    ],
  });

export const inForce = (): GuidelineView => {
  const draft = draftView('accompanying-staff', 'Ersättning för medföljande personal');
  return {
    ...draft,
    status: 'in-force',
    guideline: { ...draft.guideline, validFrom: '2025-01-01', validUntil: '2028-12-31', subscribers: [englishSubscriber] },
    extensions: [
      {
        validUntil: '2028-12-31',
        note: 'Förlängs oförändrad',
        decisionRef: 'VVG 2027-02-12 §3',
        previousUntil: '2027-12-31',
        at: '2027-02-12T12:00:00Z',
      },
    ],
  };
};

const retired = (): GuidelineView => ({
  ...inForce(),
  guidelineId: 'old-routine',
  status: 'retired',
  retirement: { reason: 'Ersatt', decisionRef: 'VVG 2027-02-12 §4', at: '2027-02-12T12:00:00Z' },
});

const guidelineProjection = (view: GuidelineView): Projection<GuidelineView> => ({
  workflowId: guidelineWorkflowId(view.guidelineId),
  kind: 'guideline',
  guidelineId: view.guidelineId,
  title: view.guideline.title,
  status: view.status,
  body: view.guideline.responsibleBody,
  dueOn: view.guideline.validUntil,
  view,
  upcoming: [],
});

export const roundProjection = (view: ConsultationView): Projection<ConsultationView> => ({
  workflowId: consultationWorkflowId(view.guidelineId, view.round),
  kind: 'consultation',
  guidelineId: view.guidelineId,
  title: view.document.title,
  status: view.status,
  dueOn: view.deadlineInForce,
  view,
  upcoming: [],
});

const trackingProjection = (workflowId: string, view: PrincipalView): Projection<PrincipalView> => ({
  workflowId,
  kind: 'principals',
  title: view.title,
  status: view.status,
  body: 'SRO',
  dueOn: view.decideBy,
  view,
  upcoming: [],
});

const meetingProjection = (view: MeetingView): Projection<MeetingView> => ({
  workflowId: view.meetingId,
  kind: 'meeting',
  title: `${view.body} ${view.date}`,
  status: view.status,
  body: view.body,
  dueOn: view.date,
  view,
  upcoming: [],
});

/** Every subject of the scenario, as its workflow would write it. */
export function calendarProjections(): Projection[] {
  return [
    roundProjection(round()),
    roundProjection(closedRound()),
    implementationSubject(),
    surveySubject(movedSurvey()),
    trackingProjection(TRACKING, tracking),
    trackingProjection(CLOSED_TRACKING, { ...tracking, itemId: 'roadmap', title: 'Färdplan nära vård', status: 'closed' }),
    meetingProjection(heldVvg),
    meetingProjection(aheadVvg),
    guidelineProjection(inForce()),
    guidelineProjection(retired()),
    guidelineProjection({
      ...draftView('draft-routine'),
      guideline: { ...draftView('draft-routine').guideline, subscribers: [englishSubscriber] },
    }),
    commissionProjection(commissionView()),
  ];
}

let version = 1;

/** Writes projections into the read model, each a later version than the last. */
export async function seedCalendarSubjects(db: Store, projections: Projection[] = calendarProjections()): Promise<void> {
  for (const projection of projections) await writeProjection(db, { ...projection, version: version++ }, () => undefined);
}

/** The scenario as the feed reads it from the read model, each row written at `updatedAt`. */
export function feedSubjects(updatedAt = '2027-02-15T09:00:00.000Z', projections = calendarProjections()): FeedSubjects {
  const subjects = projections.map((p): Subject<any> => ({
    workflowId: p.workflowId,
    kind: p.kind,
    title: p.title,
    status: p.status,
    view: p.view,
    updatedAt,
  }));
  const of = <View>(kind: Subject['kind']) => subjects.filter((s) => s.kind === kind) as Array<Subject<View>>;
  return {
    rounds: of<ConsultationView>('consultation'),
    implementations: of<ImplementationView>('implementation'),
    surveys: of<SurveyView>('survey'),
    principals: of<PrincipalView>('principals'),
    meetings: of<MeetingView>('meeting'),
    guidelines: of<GuidelineView>('guideline'),
    commissions: of<CommissionView>('commission'),
  };
}
