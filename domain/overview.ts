import { addDays, daysBetween, IsoDate } from './calendar/dates';
import type { ResponsibleBodyId } from './ids';
import type { Subject, SubjectKind } from './readModel';

/** How far ahead "Att göra" looks. */
export const OVERVIEW_DAYS = 30;
/** How long before its last valid day a guideline needs a decision on its future: the first expiry reminder's default. */
export const EXPIRY_NOTICE_DAYS = 180;

/** An organisation as the views name it. */
export interface NamedOrganisation {
  organisationId: string;
  organisationName: string;
}

/*
 * What the rule reads of each workflow's view: the views in workflows/<area>/api.ts have these fields, so a
 * Subject of the real view is a Subject of these. Naming only what is read keeps the rule in the domain.
 */
interface RoundFacts {
  guidelineId: string;
  round: number;
  deadlineInForce: string;
  progress: { answered: number; total: number; notAnswered: NamedOrganisation[] };
}
interface MeetingFacts {
  body: ResponsibleBodyId;
  date: string;
  schedule: { documentDeadline: string };
  items: Array<{ itemId: string; title: string; presenter: { name: string } }>;
  documentsMissing: string[];
}
interface ImplementationFacts {
  guidelineId: string;
  n: number;
  deadlineInForce: string;
  total: number;
  notConfirmed: NamedOrganisation[];
}
interface SurveyFacts {
  guidelineId: string;
  n: number;
  closesInForce: string;
  plan: { parts: Array<{ id: string; title: string }> };
  progress: { recipients: number; complete: number; missing: Array<NamedOrganisation & { parts: string[] }> };
}
interface GuidelineFacts {
  guidelineId: string;
}
interface CommissionFacts {
  commissionId: string;
  milestones: Array<{ id: string; title: string; due: string; status: string }>;
}

/** The rows the overview reads, one list per kind. */
export interface OverviewSubjects {
  rounds: Array<Subject<RoundFacts>>;
  meetings: Array<Subject<MeetingFacts>>;
  implementations: Array<Subject<ImplementationFacts>>;
  surveys: Array<Subject<SurveyFacts>>;
  guidelines: Array<Subject<GuidelineFacts>>;
  commissions: Array<Subject<CommissionFacts>>;
}

/** A selection of the read model's rows, as the store's subject filter takes it, and the fields of their views the rule reads. */
export interface SubjectSelection {
  kind: SubjectKind;
  status: string[];
  dueFrom?: IsoDate;
  dueUntil?: IsoDate;
  viewFields: string[];
}

/** Every field of a kind's facts, each once: the compiler refuses a list that misses one. */
const fieldsOf = <Facts>(fields: Record<keyof Facts, true>): string[] => Object.keys(fields);

/**
 * Which rows can need someone, and which fields of their views: the store reads only these (a round's view, with
 * its answers and every recipient's contacts, is many times its progress), and `overviewOf` decides on each. Both
 * here, so the narrowing and the rule cannot drift apart.
 */
export function overviewSelection(today: IsoDate): Record<keyof OverviewSubjects, SubjectSelection> {
  const until = addDays(today, OVERVIEW_DAYS);
  return {
    rounds: {
      kind: 'consultation',
      status: ['open'],
      dueFrom: today,
      dueUntil: until,
      viewFields: fieldsOf<RoundFacts>({ guidelineId: true, round: true, deadlineInForce: true, progress: true }),
    },
    meetings: {
      kind: 'meeting',
      status: ['planned', 'agenda-published'],
      dueFrom: today,
      dueUntil: until,
      viewFields: fieldsOf<MeetingFacts>({ body: true, date: true, schedule: true, items: true, documentsMissing: true }),
    },
    implementations: {
      kind: 'implementation',
      status: ['open'],
      dueFrom: today,
      dueUntil: until,
      viewFields: fieldsOf<ImplementationFacts>({ guidelineId: true, n: true, deadlineInForce: true, total: true, notConfirmed: true }),
    },
    surveys: {
      kind: 'survey',
      status: ['open'],
      dueFrom: today,
      dueUntil: until,
      viewFields: fieldsOf<SurveyFacts>({ guidelineId: true, n: true, closesInForce: true, plan: true, progress: true }),
    },
    guidelines: {
      kind: 'guideline',
      status: ['in-force', 'expired'],
      dueUntil: addDays(today, EXPIRY_NOTICE_DAYS),
      viewFields: fieldsOf<GuidelineFacts>({ guidelineId: true }),
    },
    commissions: {
      kind: 'commission',
      status: ['active'],
      viewFields: fieldsOf<CommissionFacts>({ commissionId: true, milestones: true }),
    },
  };
}

export interface AnswerDeadline {
  workflowId: string;
  guidelineId: string;
  round: number;
  title: string;
  deadline: IsoDate;
  answered: number;
  total: number;
  /** Those that have not answered, by name. */
  silent: NamedOrganisation[];
}

export interface MissingDocuments {
  workflowId: string;
  body: ResponsibleBodyId;
  date: IsoDate;
  documentDeadline: IsoDate;
  items: Array<{ itemId: string; title: string; presenter: string }>;
}

export interface UnconfirmedImplementation {
  workflowId: string;
  guidelineId: string;
  n: number;
  title: string;
  deadline: IsoDate;
  confirmed: number;
  total: number;
  unconfirmed: NamedOrganisation[];
}

export interface IncompleteSurvey {
  workflowId: string;
  guidelineId: string;
  n: number;
  title: string;
  closesOn: IsoDate;
  complete: number;
  recipients: number;
  /** Each organisation with parts missing, and those parts' titles. */
  missing: Array<NamedOrganisation & { parts: string[] }>;
}

export interface EndingGuideline {
  workflowId: string;
  guidelineId: string;
  title: string;
  validUntil: IsoDate;
  /** Days from today to the last valid day; negative once it has passed. */
  daysLeft: number;
}

export interface OverdueMilestones {
  workflowId: string;
  commissionId: string;
  title: string;
  milestones: Array<{ id: string; title: string; due: IsoDate }>;
}

/** What needs someone in the next 30 days ("Att göra"), each list soonest first. */
export interface Overview {
  today: IsoDate;
  until: IsoDate;
  answerDeadlines: AnswerDeadline[];
  missingDocuments: MissingDocuments[];
  implementations: UnconfirmedImplementation[];
  surveys: IncompleteSurvey[];
  /** In force, ending within 180 days. */
  expiring: EndingGuideline[];
  /** Ended with no decision to extend or retire them. */
  expired: EndingGuideline[];
  overdueMilestones: OverdueMilestones[];
}

const within = (date: string | undefined, from: IsoDate, until: IsoDate): date is IsoDate => !!date && date >= from && date <= until;
const soonest =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));

/** The rule: what among the rows needs someone, as of `today` (a Stockholm date). */
export function overviewOf(subjects: OverviewSubjects, today: IsoDate): Overview {
  const until = addDays(today, OVERVIEW_DAYS);
  const expiringUntil = addDays(today, EXPIRY_NOTICE_DAYS);

  const answerDeadlines = subjects.rounds
    .filter((s) => s.status === 'open' && within(s.view.deadlineInForce, today, until) && s.view.progress.notAnswered.length > 0)
    .map(({ workflowId, title, view }) => ({
      workflowId,
      guidelineId: view.guidelineId,
      round: view.round,
      title,
      deadline: view.deadlineInForce,
      answered: view.progress.answered,
      total: view.progress.total,
      silent: view.progress.notAnswered.map(({ organisationId, organisationName }) => ({ organisationId, organisationName })),
    }))
    .sort(soonest((r) => r.deadline));

  const missingDocuments = subjects.meetings
    .filter((s) => (s.status === 'planned' || s.status === 'agenda-published') && within(s.view.date, today, until))
    .map(({ workflowId, view }) => ({
      workflowId,
      body: view.body,
      date: view.date,
      documentDeadline: view.schedule.documentDeadline,
      items: view.items
        .filter((i) => view.documentsMissing.includes(i.itemId))
        .map((i) => ({ itemId: i.itemId, title: i.title, presenter: i.presenter.name })),
    }))
    .filter((m) => m.items.length > 0)
    .sort(soonest((m) => m.date));

  const implementations = subjects.implementations
    .filter((s) => s.status === 'open' && within(s.view.deadlineInForce, today, until) && s.view.notConfirmed.length > 0)
    .map(({ workflowId, title, view }) => ({
      workflowId,
      guidelineId: view.guidelineId,
      n: view.n,
      title,
      deadline: view.deadlineInForce,
      confirmed: view.total - view.notConfirmed.length,
      total: view.total,
      unconfirmed: view.notConfirmed.map(({ organisationId, organisationName }) => ({ organisationId, organisationName })),
    }))
    .sort(soonest((i) => i.deadline));

  const surveys = subjects.surveys
    .filter((s) => s.status === 'open' && within(s.view.closesInForce, today, until) && s.view.progress.missing.length > 0)
    .map(({ workflowId, title, view }) => {
      const partTitle = (id: string) => view.plan.parts.find((p) => p.id === id)?.title ?? id;
      return {
        workflowId,
        guidelineId: view.guidelineId,
        n: view.n,
        title,
        closesOn: view.closesInForce,
        complete: view.progress.complete,
        recipients: view.progress.recipients,
        missing: view.progress.missing.map((m) => ({
          organisationId: m.organisationId,
          organisationName: m.organisationName,
          parts: m.parts.map(partTitle),
        })),
      };
    })
    .sort(soonest((s) => s.closesOn));

  const ending = (status: string) =>
    subjects.guidelines
      .filter((s) => s.status === status && !!s.dueOn)
      .map(({ workflowId, title, view, dueOn }) => ({
        workflowId,
        guidelineId: view.guidelineId,
        title,
        validUntil: dueOn!,
        daysLeft: daysBetween(today, dueOn!),
      }))
      .sort(soonest((g) => g.validUntil));
  const expiring = ending('in-force').filter((g) => within(g.validUntil, today, expiringUntil));

  // A milestone is overdue from the day after it was due; the workflow marks it once its escalation has gone.
  const overdueMilestones = subjects.commissions
    .filter((s) => s.status === 'active')
    .map(({ workflowId, title, view }) => ({
      workflowId,
      commissionId: view.commissionId,
      title,
      milestones: view.milestones
        .filter((m) => m.status === 'overdue' || (m.status === 'open' && m.due < today))
        .map(({ id, title: milestone, due }) => ({ id, title: milestone, due }))
        .sort(soonest((m) => m.due)),
    }))
    .filter((c) => c.milestones.length > 0)
    .sort(soonest((c) => c.milestones[0].due));

  return {
    today,
    until,
    answerDeadlines,
    missingDocuments,
    implementations,
    surveys,
    expiring,
    expired: ending('expired'),
    overdueMilestones,
  };
}
