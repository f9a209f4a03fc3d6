import { z } from '@hono/zod-openapi';
import { subjectKinds } from '../../../domain/readModel';
import { nowOf, type AppDeps } from '../env';
import { ForecastEntry, forecastOn, forecastQuery } from '../forecast';
import { pageQuerySchema, pageSchema } from '../pagination';
import { actRoute, apiRouter } from '../routing';
import { json, type ApiRoutes } from './openapi';

const entrySchema: z.ZodType<ForecastEntry> = z
  .object({
    at: z.string().openapi({ description: 'when it falls due (ISO, UTC)', example: '2027-06-30T06:00:00.000Z' }),
    purpose: z.string().openapi({ example: 'expiry-reminder' }),
    workflowId: z.string().openapi({ example: 'guideline/accompanying-staff' }),
    kind: z.enum(subjectKinds),
    title: z.string(),
    name: z.string(),
    email: z.string(),
    organisationId: z.string().optional(),
  })
  .openapi('ForecastEntry');

const list = actRoute('read', {
  method: 'get',
  path: '/forecast',
  tags: ['overview'],
  summary: 'Every mail the engine will send in the next 12 months, one row per recipient, soonest first',
  description:
    'From the read model: each workflow publishes the mail it will send, computed by the schedule functions it sends by. ' +
    '`organisation` and `email` narrow it to an organisation or a person.',
  request: { query: pageQuerySchema.extend(forecastQuery.shape) },
  responses: { 200: json(pageSchema(entrySchema), 'A page of mail to come') },
});

export function forecastRoutes(deps: AppDeps): ApiRoutes {
  return apiRouter().openapi(list, async (c) => {
    const { limit, offset, ...query } = c.req.valid('query');
    return c.json(await forecastOn(deps.db, nowOf(deps), query, { limit, offset }), 200);
  });
}
