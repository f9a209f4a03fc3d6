import type { Store } from '../../activities/store/database';
import { writeProjection } from '../../activities/store/readModel';
import { stockholmInstant } from '../../domain/calendar/dates';
import { resolveRecipients } from '../../domain/directory/recipients';
import { DEFAULT_SURVEY_PARTS, Submissions, surveyProgress } from '../../domain/followUp/survey';
import { followUpWorkflowId, guidelineWorkflowId, implementationWorkflowId } from '../../domain/ids';
import type { Projection } from '../../domain/readModel';
import type { ImplementationView, SurveyView } from '../../workflows/followUp/api';
import { implementationProjection } from '../../workflows/followUp/implementationProjection';
import { surveyProjection } from '../../workflows/followUp/surveyProjection';
import { contacts, organisations } from './directories';
import { owner } from './guidelines';
import { draftView } from './webApp';

/*
 * The read model as the follow-up workflows write it, through their own projections, for the self-care guideline
 * on 1 September 2027: an implementation deadline by the six sub-regions at the turn of the year, and three
 * follow-up surveys to them, one open, one closed and one not yet opened.
 */

export const TODAY = '2027-09-01';
export const now = () => new Date(`${TODAY}T10:00:00Z`);
export const GUIDELINE = 'self-care';
export const GUIDELINE_TITLE = 'Riktlinje för egenvård';

export const subregions = resolveRecipients([{ group: 'subregions' }], organisations, contacts);
export const preparationGroup = [{ ...owner, name: 'Beredningen', email: 'beredning@vastkom.example', organisationId: 'vastkom' }];

const guidelineProjection = (): Projection => ({
  workflowId: guidelineWorkflowId(GUIDELINE),
  kind: 'guideline',
  guidelineId: GUIDELINE,
  title: GUIDELINE_TITLE,
  status: 'in-force',
  body: 'VVG',
  view: { ...draftView(GUIDELINE, GUIDELINE_TITLE), status: 'in-force' },
  upcoming: [],
});

/** Fyrbodal confirmed in time with a note, Skaraborg after the deadline; the other four are still to. */
export function implementationView(overrides: Partial<ImplementationView> = {}): ImplementationView {
  const confirmed = ['fyrbodal', 'skaraborg'];
  return {
    guidelineId: GUIDELINE,
    n: 1,
    status: 'open',
    deadline: '2027-12-31',
    deadlineInForce: '2027-12-31',
    total: 6,
    confirmations: {
      fyrbodal: { organisationId: 'fyrbodal', confirmedOn: '2027-08-20', note: 'Infört i alla kommuner\nutom en', late: false },
      skaraborg: { organisationId: 'skaraborg', confirmedOn: '2028-01-10', late: true },
    },
    notConfirmed: subregions
      .filter((r) => !confirmed.includes(r.organisationId))
      .map(({ organisationId, organisationName }) => ({ organisationId, organisationName })),
    upcomingReminders: [{ daysBefore: 60, date: '2027-11-01', daysLeft: 60, at: stockholmInstant('2027-11-01', '08:00') }],
    sentReminders: [],
    ...overrides,
  };
}

export function implementationSubject(view = implementationView()): Projection<ImplementationView> {
  const silent = subregions.filter((r) => !Object.hasOwn(view.confirmations, r.organisationId));
  return implementationProjection(implementationWorkflowId(GUIDELINE, view.n), GUIDELINE_TITLE, view, {
    reportAt: stockholmInstant('2028-01-03', '08:00'),
    silent,
    reportTo: [owner, ...preparationGroup],
  });
}

const part = (organisationId: string, partId: string, answer: string, submittedOn: string) => ({
  organisationId,
  partId,
  answer,
  submittedOn,
  recordedAt: `${submittedOn}T09:00:00.000Z`,
});

/** Fyrbodal has answered every part, Skaraborg the first; the others nothing. */
export const submissions: Submissions = {
  fyrbodal: {
    functionality: part('fyrbodal', 'functionality', 'Fungerar väl', '2027-08-24'),
    implementation: part('fyrbodal', 'implementation', 'Införd i\nalla kommuner', '2027-08-25'),
    'compliance-and-results': part('fyrbodal', 'compliance-and-results', 'God följsamhet, "mestadels"', '2027-08-26'),
  },
  skaraborg: { functionality: part('skaraborg', 'functionality', 'Delvis', '2027-08-31') },
};

export function surveyView(overrides: Partial<SurveyView> & { submissions?: Submissions } = {}): SurveyView {
  const given = overrides.submissions ?? submissions;
  return {
    guidelineId: GUIDELINE,
    n: 1,
    status: 'open',
    plan: {
      title: 'Uppföljning av egenvårdsrutinen',
      parts: DEFAULT_SURVEY_PARTS,
      opensOn: '2027-08-16',
      closesOn: '2027-09-18',
      reminderPolicy: { businessDaysBefore: [10, 3], sendAt: '08:00', quietPeriods: [] },
      preparationGroup,
      targetMeeting: { body: 'VVG', date: '2027-10-04' },
      deadlineRule: 'next-business-day',
    },
    closesInForce: '2027-09-20',
    moves: [],
    progress: surveyProgress(subregions, DEFAULT_SURVEY_PARTS, given),
    submissions: given,
    sentReminders: [],
    ...overrides,
  };
}

export function surveySubject(view = surveyView(), reminders: string[] = []): Projection<SurveyView> {
  return surveyProjection(followUpWorkflowId(GUIDELINE, view.n), view, {
    reminders,
    reportAt: view.status === 'closed' ? undefined : stockholmInstant(view.closesInForce, '08:00'),
    recipients: subregions,
    preparationGroup,
  });
}

export const openSurvey = () => surveyView();
export const closedSurvey = () =>
  surveyView({
    n: 2,
    status: 'closed',
    plan: { ...surveyView().plan, title: 'Fördjupad uppföljning', opensOn: '2027-06-01', closesOn: '2027-06-22' },
    closesInForce: '2027-06-22',
    report: {
      markdownPath: '/data/reports/guideline_self-care_follow-up_2.md',
      csvPath: '/data/reports/guideline_self-care_follow-up_2.csv',
    },
    placedOn: 'meeting/VVG/2027-10-04',
  });
export const scheduledSurvey = () =>
  surveyView({
    n: 3,
    status: 'scheduled',
    plan: { ...surveyView().plan, title: 'Uppföljning 2028', opensOn: '2028-02-01', closesOn: '2028-02-22', targetMeeting: undefined },
    closesInForce: '2028-02-22',
    submissions: {},
  });

/** The guideline, its implementation deadline and its three surveys, as the workflows publish them. */
export async function seedFollowUps(db: Store): Promise<void> {
  const noSecretary = () => undefined;
  let version = 1;
  for (const projection of [
    guidelineProjection(),
    implementationSubject(),
    surveySubject(openSurvey(), [stockholmInstant('2027-09-15', '08:00')]),
    surveySubject(closedSurvey()),
    surveySubject(scheduledSurvey()),
  ]) {
    await writeProjection(db, { ...projection, version: version++ }, noSecretary);
  }
}
