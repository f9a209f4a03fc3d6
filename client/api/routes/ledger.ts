import { z } from '@hono/zod-openapi';
import { auditMails, auditOutcomes } from '../audit';
import { auditQuery } from '../auditFilters';
import type { AppDeps } from '../env';
import { pageQuerySchema, pageSchema } from '../pagination';
import { actRoute, apiRouter } from '../routing';
import { json, type ApiRoutes } from './openapi';

const tags = ['audit'];

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
    version: z.string().optional().openapi({
      description:
        "the version of the document the mail was about, where the records know it: a round's document, or the guideline's version then",
    }),
  })
  .openapi('LedgerMail');

const outcomes = actRoute('read', {
  method: 'get',
  path: '/ledger/outcomes',
  tags,
  summary: 'Every transition the engine recorded, of one subject or all, oldest first',
  description:
    'The outcome ledger outlives Temporal’s retention. `subject` is a guideline’s id, or a workflow id such as `meeting/VVG/2027-02-05`; ' +
    '`q` keeps the outcomes whose kind, details or workflow id hold every word.',
  request: { query: pageQuerySchema.extend(auditQuery.shape) },
  responses: { 200: json(pageSchema(outcomeSchema), 'A page of outcomes') },
});

const mails = actRoute('read', {
  method: 'get',
  path: '/ledger/mails',
  tags,
  summary: 'Every mail sent, of one subject or all, in the order they fell due',
  description:
    'A guideline’s `subject` covers the mail of its rounds, implementation deadlines and follow-ups; a workflow id, the mail of that ' +
    'workflow and those under it. `q` keeps the mails whose recipient, subject line or template hold every word.',
  request: { query: pageQuerySchema.extend(auditQuery.shape) },
  responses: { 200: json(pageSchema(mailSchema), 'A page of mails') },
});

/** The ledger, read: who was mailed what and when, and every transition. */
export function ledgerRoutes(deps: AppDeps): ApiRoutes {
  return apiRouter()
    .openapi(outcomes, async (c) => {
      const { subject, q, ...page } = c.req.valid('query');
      return c.json(await auditOutcomes(deps.db, { subject, q }, page), 200);
    })
    .openapi(mails, async (c) => {
      const { subject, q, ...page } = c.req.valid('query');
      return c.json(await auditMails(deps.db, { subject, q }, page), 200);
    });
}
