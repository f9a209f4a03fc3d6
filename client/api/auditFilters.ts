import { z } from '@hono/zod-openapi';
import type { ActFilter } from '../../activities/store/acts';
import type { LedgerFilter } from '../../activities/store/ledgerReading';
import { guidelineIdSchema } from '../../domain/guideline/guideline';
import { guidelineWorkflowId, parseWorkflowId } from '../../domain/ids';

/** What the ledger files things under: a guideline's id, or the workflow id of a meeting, commission or yearly task. */
export const auditSubjectSchema = z
  .string()
  .trim()
  .max(200)
  .refine((s) => guidelineIdSchema.safeParse(s).success || parseWorkflowId(s) !== undefined, {
    error: 'must be a guideline id, or a workflow id such as meeting/VVG/2027-02-05',
  })
  .openapi({ example: 'accompanying-staff' });

/** The audit's filters, on the page and on the ledger's and the acts' routes alike. */
export const auditQuery = z.object({
  subject: auditSubjectSchema.optional(),
  q: z.string().max(200).optional().openapi({
    description:
      "words the row holds, any case: a recipient's address, a mail's subject or template; an outcome's kind or details; who did an act, which, on what",
  }),
});
export type AuditQuery = z.infer<typeof auditQuery>;

/**
 * What a subject and words select of each record: the outcomes filed under the subject; the mails of its workflow
 * and those under it (a guideline's covers its rounds, implementations and follow-ups); the acts on it or under it.
 */
export function auditFilters({ subject, q }: AuditQuery): { outcomes: LedgerFilter; mails: LedgerFilter; acts: ActFilter } {
  if (subject === undefined) return { outcomes: { text: q }, mails: { text: q }, acts: { text: q } };
  const guideline = parseWorkflowId(subject) === undefined;
  const workflowId = guideline ? guidelineWorkflowId(subject) : subject;
  return {
    outcomes: { subjectId: subject, text: q },
    mails: { workflowId, text: q },
    acts: { targets: guideline ? [subject, workflowId] : [subject], text: q },
  };
}
