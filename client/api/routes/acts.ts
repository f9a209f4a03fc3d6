import { z } from '@hono/zod-openapi';
import { actsNewestFirst } from '../../../activities/store/acts';
import type { AppDeps } from '../env';
import { pageFromQuery, pageQuerySchema, pageSchema } from '../pagination';
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
  request: { query: pageQuerySchema },
  responses: { 200: { description: 'A page of acts', content: { 'application/json': { schema: pageSchema(actSchema) } } } },
});

export function actRoutes(deps: AppDeps) {
  return apiRouter().openapi(list, async (c) => c.json(await pageFromQuery(actsNewestFirst(deps.db), c.req.valid('query')), 200));
}
