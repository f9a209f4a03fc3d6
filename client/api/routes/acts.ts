import { z } from '@hono/zod-openapi';
import { auditActs } from '../audit';
import { auditQuery } from '../auditFilters';
import type { AppDeps } from '../env';
import { pageQuerySchema, pageSchema } from '../pagination';
import { actRoute, apiRouter } from '../routing';

const actSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    user_id: z.string(),
    username: z.string(),
    act: z.string(),
    target: z.string(),
    outcome: z.string().openapi({ description: 'done, a refusal (InvalidInput, WrongState, NotFound, Busy), or failed' }),
  })
  .openapi('Act');

const list = actRoute('read', {
  method: 'get',
  path: '/acts',
  tags: ['audit'],
  summary: 'Who did what through the API and the pages, newest first',
  description:
    'A guideline’s `subject` covers the acts on its rounds, implementations and follow-ups; `q` keeps the acts whose user, act, target or outcome hold every word.',
  request: { query: pageQuerySchema.extend(auditQuery.shape) },
  responses: { 200: { description: 'A page of acts', content: { 'application/json': { schema: pageSchema(actSchema) } } } },
});

export function actRoutes(deps: AppDeps) {
  return apiRouter().openapi(list, async (c) => {
    const { subject, q, ...page } = c.req.valid('query');
    return c.json(await auditActs(deps.db, { subject, q }, page), 200);
  });
}
