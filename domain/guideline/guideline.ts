import { z } from 'zod';
import { contactSchema } from '../directory/contact';
import { isoDate } from '../calendar/dates';
import { expiryReminderPolicySchema } from '../reminders/expiryReminders';
import { listOf, MAX_PEOPLE, multiLine, required, singleLine } from '../fields';
import { parseOrThrow, ValidationError } from '../validation';

export const guidelineKindSchema = z.enum(['guideline', 'routine', 'agreement', 'application-guide', 'strategy']);
export const responsibleBodySchema = z.enum(['VVG', 'SRO']);
export type ResponsibleBody = z.infer<typeof responsibleBodySchema>;

export const guidelineIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: 'must be lowercase letters, digits and hyphens (at most 80)' });

// Compared only when both are real dates, so a malformed validFrom is not also blamed on validUntil.
const validityOrdered = (v: { validFrom: string; validUntil: string }) =>
  !isoDate.safeParse(v.validFrom).success || !isoDate.safeParse(v.validUntil).success || v.validUntil > v.validFrom;
const afterValidFrom = { path: ['validUntil'], error: 'must be after validFrom' };

/** A guideline being written: everything but its validity, which a decision gives it. */
export const draftGuidelineSchema = z.strictObject({
  id: guidelineIdSchema,
  title: singleLine(300),
  kind: guidelineKindSchema,
  owner: contactSchema,
  subscribers: listOf(contactSchema, MAX_PEOPLE, 'subscribers').default([]),
  responsibleBody: responsibleBodySchema,
  /** The document's version, as its owner numbers it; an extension with editorial changes may give a new one. */
  version: singleLine(40).optional(),
  reminderPolicy: expiryReminderPolicySchema.default(() => expiryReminderPolicySchema.parse({})),
});
export type DraftGuideline = z.infer<typeof draftGuidelineSchema>;

export const guidelineSchema = draftGuidelineSchema
  .extend({ validFrom: isoDate, validUntil: isoDate })
  .refine(validityOrdered, afterValidFrom);
export type Guideline = z.infer<typeof guidelineSchema>;
export type GuidelineInput = z.input<typeof guidelineSchema>;

/** How a registration marks a draft: `"draft": true` (the CLI's --draft); without it, a guideline in force. */
const registrationSchema = z.looseObject({ draft: z.boolean({ error: 'must be true or false' }).optional() });

/**
 * A registration: a draft when marked so, which may not carry the validity only its adoption gives (it would be
 * dropped unseen), or a guideline in force. A field left undefined, as the CLI leaves a flag not given, is not given.
 */
export function parseRegistration(input: unknown): DraftGuideline | Guideline {
  const { draft, ...fields } = parseOrThrow(registrationSchema, input);
  if (!draft) return parseOrThrow(guidelineSchema, fields);
  const { validFrom, validUntil, ...draftFields } = fields;
  const given = Object.entries({ validFrom, validUntil }).filter(([, value]) => value !== undefined);
  if (given.length) throw new ValidationError(given.map(([field]) => `${field}: a draft has no validity until it is adopted`));
  return parseOrThrow(draftGuidelineSchema, draftFields);
}

/** The minutes paragraph or case number a decision is known by. */
export const decisionRefSchema = singleLine(300, 'is required (for example the minutes paragraph)');

/** A decision that puts a draft in force. */
export const adoptSchema = z
  .strictObject({
    validFrom: isoDate,
    validUntil: isoDate,
    decisionRef: decisionRefSchema,
    note: multiLine(2000).optional(),
  })
  .refine(validityOrdered, afterValidFrom);
export type Adopt = z.infer<typeof adoptSchema>;

export const extendValiditySchema = z.strictObject({
  validUntil: isoDate,
  note: multiLine(2000).min(1, required),
  decisionRef: decisionRefSchema,
  /** "Förlängning med redaktionella ändringar": what was changed, and the version that resulted. */
  editorialChanges: multiLine(2000).min(1, required).optional(),
  version: singleLine(40).optional(),
});
export type ExtendValidity = z.infer<typeof extendValiditySchema>;

export const retireSchema = z.strictObject({
  reason: multiLine(2000).min(1, required),
  decisionRef: singleLine(300).optional(),
});
export type Retire = z.infer<typeof retireSchema>;

export const guidelineStatusSchema = z.enum(['draft', 'in-consultation', 'awaiting-decision', 'in-force', 'expired', 'retired']);
export type GuidelineStatus = z.infer<typeof guidelineStatusSchema>;

/** Whether a guideline in this status can be extended at all, whatever the dates. */
export function extensionStatusProblem(status: GuidelineStatus): string | undefined {
  if (status === 'retired') return 'status: the guideline is retired and cannot be extended';
  if (status !== 'in-force' && status !== 'expired') return `status: the guideline is ${status}; adopt it before extending it`;
  return undefined;
}

/** Rules that depend on the current state, shared by the Update validators and the client. */
export function extensionProblem(
  status: GuidelineStatus,
  currentUntil: string | undefined,
  ext: ExtendValidity,
  today: string,
): string | undefined {
  const statusProblem = extensionStatusProblem(status);
  if (statusProblem) return statusProblem;
  if (currentUntil && ext.validUntil <= currentUntil) return `validUntil: must be after the current end of validity ${currentUntil}`;
  if (ext.validUntil < today) return `validUntil: ${ext.validUntil} has already passed`;
  return undefined;
}

export function consultationProblem(status: GuidelineStatus): string | undefined {
  return status === 'draft' || status === 'awaiting-decision'
    ? undefined
    : `status: the guideline is ${status}; a consultation round starts from a draft or while awaiting a decision`;
}

export function adoptionProblem(status: GuidelineStatus): string | undefined {
  return status === 'draft' || status === 'awaiting-decision'
    ? undefined
    : `status: the guideline is ${status}; only a draft or a guideline awaiting a decision can be adopted`;
}

/** Implementation deadlines and follow-ups belong to a guideline that has been adopted. */
export function followUpProblem(status: GuidelineStatus, what: string): string | undefined {
  return status === 'in-force' || status === 'expired'
    ? undefined
    : `status: the guideline is ${status}; ${what} is planned once it is adopted`;
}

export function retirementProblem(status: GuidelineStatus): string | undefined {
  if (status === 'retired') return 'status: the guideline is already retired';
  // Retiring would end the round unannounced; its recipients and the ledger deserve a proper close.
  if (status === 'in-consultation') return 'status: a consultation round is open; close it before retiring the guideline';
  return undefined;
}
