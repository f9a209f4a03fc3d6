import { z } from 'zod';
import { receivedFields } from '../links/channel';
import { deadlineReminderPolicySchema, Recipient, recipientGroupsSchema, recipientsSchema } from '../consultation/consultation';
import { notBefore } from '../calendar/ahead';
import { addBusinessDays, lastBusinessDayOutside } from '../calendar/businessDays';
import { addDays, addMonths, IsoDate, isoDate } from '../calendar/dates';
import { DEFAULT_DEADLINE_RULE, DeadlineRule, deadlineInForce, deadlineRuleSchema } from '../calendar/deadlineRule';
import { listOf, multiLine, required, singleLine } from '../fields';
import { decisionRefSchema, responsibleBodySchema } from '../guideline/guideline';
import { preparationGroupSchema } from './implementation';
import type { Contact } from '../directory/contact';
import { AgendaItem, itemIdSchema } from '../meeting/meeting';

/** The sources' forms survey to each sub-region, in three parts. */
export const DEFAULT_SURVEY_PARTS = [
  { id: 'functionality', title: 'Funktionalitet' },
  { id: 'implementation', title: 'Implementering' },
  { id: 'compliance-and-results', title: 'Följsamhet och resultat' },
];

export const surveyPartSchema = z.strictObject({ id: itemIdSchema, title: singleLine(200) });
export type SurveyPart = z.infer<typeof surveyPartSchema>;

const distinctParts = (parts: SurveyPart[]) => new Set(parts.map((p) => p.id)).size === parts.length;

// The sources' forms have three; a survey of twenty parts is already a long one.
const MAX_SURVEY_PARTS = 20;

const surveyFields = {
  // Leaves room for "Resultat: " within the results item's 300 characters on the meeting's agenda.
  title: singleLine(290),
  parts: listOf(surveyPartSchema, MAX_SURVEY_PARTS, 'parts')
    .min(1)
    .refine(distinctParts, { error: 'part ids must be distinct' })
    .default(() => DEFAULT_SURVEY_PARTS),
  opensOn: isoDate,
  closesOn: isoDate,
  reminderPolicy: deadlineReminderPolicySchema.default(() => deadlineReminderPolicySchema.parse({ businessDaysBefore: [10, 3] })),
  preparationGroup: preparationGroupSchema,
  /** The meeting whose agenda gets the results. */
  targetMeeting: z.strictObject({ body: responsibleBodySchema, date: isoDate }).optional(),
};
const closesAfterOpening = <T extends { opensOn: string; closesOn: string }>(s: z.ZodType<T>) =>
  s.refine((v) => !isoDate.safeParse(v.opensOn).success || !isoDate.safeParse(v.closesOn).success || v.closesOn > v.opensOn, {
    path: ['closesOn'],
    error: 'must be after opensOn',
  });

/** "The first after one month, a deeper one after eighteen": a survey's window counted from the adoption. */
export const afterAdoptionSchema = z.strictObject({
  months: z.int().min(1, { error: 'must be at least 1' }).max(240),
  openForDays: z.int().min(7, { error: 'must be at least 7' }).max(180).default(21),
});
export type AfterAdoption = z.infer<typeof afterAdoptionSchema>;

/** Opens on the first business day from `months` after `validFrom`; closes on the last business day of the window. */
export function followUpWindow(validFrom: IsoDate, after: AfterAdoption): { opensOn: IsoDate; closesOn: IsoDate } {
  const opensOn = addBusinessDays(addDays(addMonths(validFrom, after.months), -1), 1);
  return { opensOn, closesOn: lastBusinessDayOutside(addDays(opensOn, after.openForDays), []) };
}

const givenWithAfterAdoption = { error: 'cannot be given with afterAdoption, which counts the dates from the adoption' };

/**
 * A request timed from the adoption: `afterAdoption` in place of both dates, which its window would otherwise
 * override unseen. The other fields are left to followUpRequestSchema, once the window has given the dates.
 */
export const afterAdoptionRequestSchema = z.looseObject({
  afterAdoption: afterAdoptionSchema,
  opensOn: z.undefined(givenWithAfterAdoption).optional(),
  closesOn: z.undefined(givenWithAfterAdoption).optional(),
});

/** What a preparation group asks for; recipients default to the six sub-regions. */
export const followUpRequestSchema = closesAfterOpening(
  z.strictObject({
    ...surveyFields,
    recipientGroups: recipientGroupsSchema.min(1).default([{ group: 'subregions' }]),
    /** What a closing day on a day off becomes; without it, the rule of the guideline's responsible body. */
    deadlineRule: deadlineRuleSchema.optional(),
  }),
);

/** What the guideline's planFollowUp Update carries: the recipients resolved. */
export const followUpPlanSchema = closesAfterOpening(
  z.strictObject({
    ...surveyFields,
    recipients: recipientsSchema.min(1, { error: 'needs at least one recipient' }),
    deadlineRule: deadlineRuleSchema.default(DEFAULT_DEADLINE_RULE),
  }),
);
export type FollowUpPlan = z.infer<typeof followUpPlanSchema>;

/** A plan as of `today`: a survey cannot open on a day gone by. */
export const followUpPlanSchemaOn = (today: IsoDate) => followUpPlanSchema.superRefine(notBefore(today, 'opensOn'));

/** A decision moves a survey that has not opened yet: a strategy's follow-up from one year to another. */
export const moveSurveySchema = closesAfterOpening(
  z.strictObject({
    opensOn: isoDate,
    closesOn: isoDate,
    decisionRef: decisionRefSchema,
    reason: multiLine(2000).min(1, required).optional(),
  }),
);
export type MoveSurvey = z.infer<typeof moveSurveySchema>;

/** A move as of `today`: a survey cannot open on a day gone by. */
export const moveSurveySchemaOn = (today: IsoDate) => moveSurveySchema.superRefine(notBefore(today, 'opensOn'));

export const submitPartSchema = z.strictObject({
  organisationId: singleLine(80),
  partId: itemIdSchema,
  answer: multiLine(20_000).min(1, required),
  submittedOn: isoDate,
  ...receivedFields,
});
export type SubmitPart = z.infer<typeof submitPartSchema>;

/** An answer as of `today`: one dated in the future has not been given. */
export const submitPartSchemaOn = (today: IsoDate) =>
  submitPartSchema.refine((p) => p.submittedOn <= today, { path: ['submittedOn'], error: 'cannot be in the future' });

/** Submissions per organisation and part. */
export type Submissions = Record<string, Record<string, SubmitPart & { recordedAt: string }>>;

export interface SurveyProgress {
  recipients: number;
  complete: number;
  byPart: Array<{ partId: string; submitted: number }>;
  /** Organisations with parts missing, and which. */
  missing: Array<{ organisationId: string; organisationName: string; parts: string[] }>;
}

/**
 * The survey as its rules see it; the queried view has these fields. Only those asked ever submit, so they are
 * those with parts missing and those that have submitted.
 */
export interface SurveyState {
  n: number;
  status: 'scheduled' | 'open' | 'closed';
  plan: { opensOn: IsoDate; parts: SurveyPart[]; targetMeeting?: { body: string; date: IsoDate }; deadlineRule?: DeadlineRule };
  progress: Pick<SurveyProgress, 'missing'>;
  submissions: Submissions;
}

/** What the survey refuses of an answer; shared by the Update's validator and the client. */
export function submitPartProblem(s: SurveyState, part: Pick<SubmitPart, 'organisationId' | 'partId'>): string | undefined {
  if (s.status === 'scheduled') return `survey: the survey opens on ${s.plan.opensOn}`;
  if (s.status === 'closed') return 'survey: the survey is closed and its report compiled';
  const asked =
    s.progress.missing.some((m) => m.organisationId === part.organisationId) || Object.hasOwn(s.submissions, part.organisationId);
  if (!asked) return `organisationId: '${part.organisationId}' was not asked to answer`;
  if (!s.plan.parts.some((p) => p.id === part.partId)) {
    return `partId: '${part.partId}' is not a part of this survey (${s.plan.parts.map((p) => p.id).join(', ')})`;
  }
  return undefined;
}

/** What the survey refuses of a move: it must not have opened, and its results must still reach their meeting after it. */
export function moveSurveyProblem(s: SurveyState, move: Pick<MoveSurvey, 'closesOn'>): string | undefined {
  if (s.status !== 'scheduled') return `survey: follow-up ${s.n} has opened and can no longer be moved`;
  const target = s.plan.targetMeeting;
  if (target && target.date <= deadlineInForce(move.closesOn, s.plan.deadlineRule ?? 'keep')) {
    return `closesOn: the results go to ${target.body} ${target.date}, which must be after the survey closes`;
  }
  return undefined;
}

/** The results on the agenda of the meeting that discusses them; the item id fits an agenda's 80 characters. */
export function surveyResultsItem(survey: {
  guidelineId: string;
  n: number;
  workflowId: string;
  title: string;
  presenter: Contact;
  report: { markdownPath: string; csvPath: string };
}): AgendaItem {
  return {
    itemId: `follow-up-${survey.n}-${survey.guidelineId}`.slice(0, 80),
    title: `Resultat: ${survey.title}`,
    kind: 'dialogue',
    subject: { type: 'survey', id: survey.workflowId },
    presenter: survey.presenter,
    minutes: 20,
    documentsExpected: true,
    documents: [
      { title: 'Sammanställning (Markdown)', link: `file://${survey.report.markdownPath}` },
      { title: 'Svar (CSV)', link: `file://${survey.report.csvPath}` },
    ],
    needsSro: false,
  };
}

/** Whom a report names: an organisation asked, its contacts aside. */
export type ReportRecipient = Pick<Recipient, 'organisationId' | 'organisationName'>;

export function surveyProgress(recipients: ReportRecipient[], parts: SurveyPart[], submissions: Submissions): SurveyProgress {
  const of = (id: string) => (Object.hasOwn(submissions, id) ? submissions[id] : {});
  const missing = recipients
    .map((r) => ({
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      parts: parts.filter((p) => !Object.hasOwn(of(r.organisationId), p.id)).map((p) => p.id),
    }))
    .filter((m) => m.parts.length > 0);
  return {
    recipients: recipients.length,
    complete: recipients.length - missing.length,
    byPart: parts.map((p) => ({ partId: p.id, submitted: recipients.filter((r) => Object.hasOwn(of(r.organisationId), p.id)).length })),
    missing,
  };
}

/** The compiled results as Markdown: per part, each organisation's answer; a missing answer says so. */
export function surveyReportMarkdown(title: string, recipients: ReportRecipient[], parts: SurveyPart[], submissions: Submissions): string {
  const p = surveyProgress(recipients, parts, submissions);
  const lines = [`# ${title}`, '', `${p.complete} av ${p.recipients} har svarat på alla delar.`, ''];
  for (const part of parts) {
    lines.push(`## ${part.title}`, '');
    for (const r of recipients) {
      const answer = Object.hasOwn(submissions, r.organisationId) ? submissions[r.organisationId][part.id]?.answer : undefined;
      lines.push(`### ${r.organisationName}`, '', answer ?? '_Inget svar._', '');
    }
  }
  return lines.join('\n');
}

/** One row per organisation and part, for the CSV file. */
export function surveyReportRows(recipients: ReportRecipient[], parts: SurveyPart[], submissions: Submissions): string[][] {
  const rows = [['organisation_id', 'organisation', 'part', 'submitted_on', 'answer']];
  for (const r of recipients) {
    for (const part of parts) {
      const s = Object.hasOwn(submissions, r.organisationId) ? submissions[r.organisationId][part.id] : undefined;
      rows.push([r.organisationId, r.organisationName, part.id, s?.submittedOn ?? '', s?.answer ?? '']);
    }
  }
  return rows;
}
