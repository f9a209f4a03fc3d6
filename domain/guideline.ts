import { z } from 'zod';
import { contactSchema } from './contact';
import { isoDate } from './dates';
import { expiryReminderPolicySchema } from './expiryReminders';

export const guidelineKindSchema = z.enum(['guideline', 'routine', 'agreement', 'application-guide', 'strategy']);
export const responsibleBodySchema = z.enum(['VVG', 'SRO']);
export type ResponsibleBody = z.infer<typeof responsibleBodySchema>;

export const guidelineIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, { error: 'must be lowercase letters, digits and hyphens (at most 80)' });

export const guidelineSchema = z
  .object({
    id: guidelineIdSchema,
    title: z.string().trim().min(1, { error: 'is required' }).max(300),
    kind: guidelineKindSchema,
    owner: contactSchema,
    subscribers: z.array(contactSchema).default([]),
    responsibleBody: responsibleBodySchema,
    validFrom: isoDate,
    validUntil: isoDate,
    reminderPolicy: expiryReminderPolicySchema.default(() => expiryReminderPolicySchema.parse({})),
  })
  // Compared only when both are real dates, so a malformed validFrom is not also blamed on validUntil.
  .refine((g) => !isoDate.safeParse(g.validFrom).success || !isoDate.safeParse(g.validUntil).success || g.validUntil > g.validFrom, {
    path: ['validUntil'],
    error: 'must be after validFrom',
  });
export type Guideline = z.infer<typeof guidelineSchema>;
export type GuidelineInput = z.input<typeof guidelineSchema>;

export const extendValiditySchema = z.object({
  validUntil: isoDate,
  note: z.string().trim().min(1, { error: 'is required' }).max(2000),
  decisionRef: z.string().trim().min(1, { error: 'is required (for example the minutes paragraph)' }),
});
export type ExtendValidity = z.infer<typeof extendValiditySchema>;

export const retireSchema = z.object({
  reason: z.string().trim().min(1, { error: 'is required' }).max(2000),
  decisionRef: z.string().trim().min(1).optional(),
});
export type Retire = z.infer<typeof retireSchema>;

export const guidelineStatusSchema = z.enum(['in-force', 'expired', 'retired']);
export type GuidelineStatus = z.infer<typeof guidelineStatusSchema>;

/** Rules that depend on the current state, shared by the Update validators and the client. */
export function extensionProblem(status: GuidelineStatus, currentUntil: string, ext: ExtendValidity): string | undefined {
  if (status === 'retired') return 'status: the guideline is retired and cannot be extended';
  if (ext.validUntil <= currentUntil) return `validUntil: must be after the current end of validity ${currentUntil}`;
  return undefined;
}

export function retirementProblem(status: GuidelineStatus): string | undefined {
  return status === 'retired' ? 'status: the guideline is already retired' : undefined;
}
