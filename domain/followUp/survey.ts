import { z } from 'zod';
import { deadlineReminderPolicySchema, Recipient, recipientGroupSchema, recipientSchema } from '../consultation/consultation';
import { contactSchema } from '../directory/contact';
import { addBusinessDays, lastBusinessDayOutside } from '../calendar/businessDays';
import { addDays, addMonths, IsoDate, isoDate } from '../calendar/dates';
import { responsibleBodySchema } from '../guideline/guideline';
import { itemIdSchema } from '../meeting/meeting';

/** The sources' forms survey to each sub-region, in three parts. */
export const DEFAULT_SURVEY_PARTS = [
  { id: 'functionality', title: 'Funktionalitet' },
  { id: 'implementation', title: 'Implementering' },
  { id: 'compliance-and-results', title: 'Följsamhet och resultat' },
];

export const surveyPartSchema = z.object({ id: itemIdSchema, title: z.string().trim().min(1).max(200) });
export type SurveyPart = z.infer<typeof surveyPartSchema>;

const distinctParts = (parts: SurveyPart[]) => new Set(parts.map((p) => p.id)).size === parts.length;

const surveyFields = {
  title: z.string().trim().min(1, { error: 'is required' }).max(300),
  parts: z
    .array(surveyPartSchema)
    .min(1)
    .refine(distinctParts, { error: 'part ids must be distinct' })
    .default(() => DEFAULT_SURVEY_PARTS),
  opensOn: isoDate,
  closesOn: isoDate,
  reminderPolicy: deadlineReminderPolicySchema.default(() => deadlineReminderPolicySchema.parse({ businessDaysBefore: [10, 3] })),
  preparationGroup: z.array(contactSchema).min(1, { error: 'needs at least one contact' }),
  /** The meeting whose agenda gets the results. */
  targetMeeting: z.object({ body: responsibleBodySchema, date: isoDate }).optional(),
};
const closesAfterOpening = <T extends { opensOn: string; closesOn: string }>(s: z.ZodType<T>) =>
  s.refine((v) => !isoDate.safeParse(v.opensOn).success || !isoDate.safeParse(v.closesOn).success || v.closesOn > v.opensOn, {
    path: ['closesOn'],
    error: 'must be after opensOn',
  });

/** "The first after one month, a deeper one after eighteen": a survey's window counted from the adoption. */
export const afterAdoptionSchema = z.object({
  months: z.int().min(1, { error: 'must be at least 1' }).max(240),
  openForDays: z.int().min(7, { error: 'must be at least 7' }).max(180).default(21),
});
export type AfterAdoption = z.infer<typeof afterAdoptionSchema>;

/** Opens on the first business day from `months` after `validFrom`; closes on the last business day of the window. */
export function followUpWindow(validFrom: IsoDate, after: AfterAdoption): { opensOn: IsoDate; closesOn: IsoDate } {
  const opensOn = addBusinessDays(addDays(addMonths(validFrom, after.months), -1), 1);
  return { opensOn, closesOn: lastBusinessDayOutside(addDays(opensOn, after.openForDays), []) };
}

/** What a preparation group asks for; recipients default to the six sub-regions. */
export const followUpRequestSchema = closesAfterOpening(
  z.object({
    ...surveyFields,
    recipientGroups: z
      .array(recipientGroupSchema)
      .min(1)
      .default([{ group: 'subregions' }]),
  }),
);

/** What the guideline's planFollowUp Update carries: the recipients resolved. */
export const followUpPlanSchema = closesAfterOpening(
  z.object({ ...surveyFields, recipients: z.array(recipientSchema).min(1, { error: 'needs at least one recipient' }) }),
);
export type FollowUpPlan = z.infer<typeof followUpPlanSchema>;

/** A decision moves a survey that has not opened yet: a strategy's follow-up from one year to another. */
export const moveSurveySchema = closesAfterOpening(
  z.object({
    opensOn: isoDate,
    closesOn: isoDate,
    decisionRef: z.string().trim().min(1, { error: 'is required (for example the minutes paragraph)' }),
    reason: z.string().trim().min(1).max(2000).optional(),
  }),
);
export type MoveSurvey = z.infer<typeof moveSurveySchema>;

export const submitPartSchema = z.object({
  organisationId: z.string().min(1, { error: 'is required' }),
  partId: itemIdSchema,
  answer: z.string().trim().min(1, { error: 'is required' }).max(20_000),
  submittedOn: isoDate,
});
export type SubmitPart = z.infer<typeof submitPartSchema>;

/** Submissions per organisation and part. */
export type Submissions = Record<string, Record<string, SubmitPart & { recordedAt: string }>>;

export interface SurveyProgress {
  recipients: number;
  complete: number;
  byPart: Array<{ partId: string; submitted: number }>;
  /** Organisations with parts missing, and which. */
  missing: Array<{ organisationId: string; organisationName: string; parts: string[] }>;
}

export function surveyProgress(recipients: Recipient[], parts: SurveyPart[], submissions: Submissions): SurveyProgress {
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
export function surveyReportMarkdown(title: string, recipients: Recipient[], parts: SurveyPart[], submissions: Submissions): string {
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
export function surveyReportRows(recipients: Recipient[], parts: SurveyPart[], submissions: Submissions): string[][] {
  const rows = [['organisation_id', 'organisation', 'part', 'submitted_on', 'answer']];
  for (const r of recipients) {
    for (const part of parts) {
      const s = Object.hasOwn(submissions, r.organisationId) ? submissions[r.organisationId][part.id] : undefined;
      rows.push([r.organisationId, r.organisationName, part.id, s?.submittedOn ?? '', s?.answer ?? '']);
    }
  }
  return rows;
}
