import { z } from '@hono/zod-openapi';
import { ledgerExists, mailsOf, outcomesOf } from '../../../activities/store/ledgerReading';
import { guidelineIdSchema } from '../../../domain/guideline/guideline';
import { guidelineWorkflowId, parseWorkflowId } from '../../../domain/ids';
import { json, type ApiRoutes } from './openapi';
import type { AppDeps } from '../env';
import { Page, pageFromQuery, pageOf, PageQuery, pageQuerySchema, pageSchema } from '../pagination';
import { actRoute, apiRouter } from '../routing';

const tags = ['audit'];

/** What the ledger files things under: a guideline's id, or the workflow id of a meeting, commission or yearly task. */
const subjectSchema = z
  .string()
  .max(200)
  .refine((s) => guidelineIdSchema.safeParse(s).success || parseWorkflowId(s) !== undefined, {
    error: 'must be a guideline id, or a workflow id such as meeting/VVG/2027-02-05',
  })
  .optional();

const outcomeSchema = z
  .object({
    key: z.string(),
    workflow_id: z.string(),
    subject_id: z.string(),
    kind: z.string().openapi({ example: 'response-recorded' }),
    occurred_at: z.string(),
    details: z.record(z.string(), z.unknown()),
    recorded_at: z.string(),
  })
  .openapi('LedgerOutcome');

const mailSchema = z
  .object({
    key: z.string(),
    workflow_id: z.string(),
    template: z.string(),
    recipient: z.string(),
    subject: z.string(),
    message_id: z.string(),
    due_at: z.string(),
    sent_at: z.string(),
  })
  .openapi('LedgerMail');

const outcomes = actRoute('read', {
  method: 'get',
  path: '/ledger/outcomes',
  tags,
  summary: 'Every transition the engine recorded, of one subject or all, oldest first',
  description:
    'The outcome ledger outlives Temporal’s retention. `subject` is a guideline’s id, or a workflow id such as `meeting/VVG/2027-02-05`.',
  request: { query: pageQuerySchema.extend({ subject: subjectSchema }) },
  responses: { 200: json(pageSchema(outcomeSchema), 'A page of outcomes') },
});

const mails = actRoute('read', {
  method: 'get',
  path: '/ledger/mails',
  tags,
  summary: 'Every mail sent, of one subject or all, in the order they fell due',
  description:
    'A guideline’s `subject` covers the mail of its rounds, implementation deadlines and follow-ups; a workflow id, the mail of that ' +
    'workflow and those under it.',
  request: { query: pageQuerySchema.extend({ subject: subjectSchema }) },
  responses: { 200: json(pageSchema(mailSchema), 'A page of mails') },
});

const noPage = <T>(page: PageQuery): Page<T> => pageOf(page, 0, []);

/** The ledger, read: who was mailed what and when, and every transition. */
export function ledgerRoutes(deps: AppDeps): ApiRoutes {
  return apiRouter()
    .openapi(outcomes, async (c) => {
      const { subject, ...page } = c.req.valid('query');
      if (!(await ledgerExists(deps.db))) return c.json(noPage<z.infer<typeof outcomeSchema>>(page), 200);
      const found = await pageFromQuery(outcomesOf(deps.db, subject), page);
      return c.json(
        { ...found, items: found.items.map((o) => ({ ...o, details: JSON.parse(o.details) as Record<string, unknown> })) },
        200,
      );
    })
    .openapi(mails, async (c) => {
      const { subject, ...page } = c.req.valid('query');
      if (!(await ledgerExists(deps.db))) return c.json(noPage<z.infer<typeof mailSchema>>(page), 200);
      const workflowId = subject === undefined || parseWorkflowId(subject) ? subject : guidelineWorkflowId(subject);
      return c.json(await pageFromQuery(mailsOf(deps.db, workflowId), page), 200);
    });
}
