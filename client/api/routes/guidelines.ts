import { guidelineViewSchema, guidelineIdParams, registrationSchema } from './guidelineSchemas';
import { performed } from '../acts';
import type { AppDeps } from '../env';
import { actRoute, apiRouter, refusalResponses } from '../routing';

const json = <S>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });

const register = actRoute('guideline.register', {
  method: 'post',
  path: '/guidelines',
  tags: ['guidelines'],
  summary: 'Register a guideline in force, or a draft',
  description: 'The input of `npm run cli -- register --file`.',
  request: { body: { required: true, content: { 'application/json': { schema: registrationSchema } } } },
  responses: { 201: json(guidelineViewSchema, 'The guideline as registered'), ...refusalResponses },
});

const show = actRoute('read', {
  method: 'get',
  path: '/guidelines/{id}',
  tags: ['guidelines'],
  summary: "A guideline's state and its upcoming reminders",
  request: { params: guidelineIdParams },
  responses: { 200: json(guidelineViewSchema, 'The guideline'), ...refusalResponses },
});

/** The guideline routes: the pattern every area's routes follow (an act, the domain's schemas, a typed client). */
export function guidelineRoutes(deps: AppDeps) {
  return apiRouter()
    .openapi(register, async (c) => {
      const input = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'guideline.register', input.id, () => deps.clients.guidelines.register(input));
      c.header('location', `/api/guidelines/${view.guidelineId}`);
      return c.json(view, 201);
    })
    .openapi(show, async (c) => c.json(await deps.clients.guidelines.show(c.req.valid('param').id), 200));
}
