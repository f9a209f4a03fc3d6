import { subjectWhenReady } from '../../../activities/store/readModel';
import { adoptSchema, extendValiditySchema, retireSchema } from '../../../domain/guideline/guideline';
import { guidelineWorkflowId } from '../../../domain/ids';
import { guidelineListItemSchema, guidelineListQuery, guidelineViewSchema, registrationSchema } from './guidelineSchemas';
import { guidelineParams, json, jsonBody, type ApiRoutes } from './openapi';
import { performed } from '../acts';
import { todayOf, type AppDeps } from '../env';
import { guidelineRegisterOn } from '../guidelineRegister';
import { guidelineViewOf } from '../readViews';
import { pageQuerySchema, pageSchema } from '../pagination';
import { actRoute, apiRouter, refusalResponses } from '../routing';

const register = actRoute('guideline.register', {
  method: 'post',
  path: '/guidelines',
  tags: ['guidelines'],
  summary: 'Register a guideline in force, or a draft',
  description: 'The input of `npm run cli -- register --file`.',
  request: { body: jsonBody(registrationSchema) },
  responses: { 201: json(guidelineViewSchema, 'The guideline as registered'), ...refusalResponses },
});

const show = actRoute('read', {
  method: 'get',
  path: '/guidelines/{id}',
  tags: ['guidelines'],
  summary: "A guideline's state and its upcoming reminders",
  description: "Read from the read model: the state the guideline's workflow published with its last transition.",
  request: { params: guidelineParams },
  responses: { 200: json(guidelineViewSchema, 'The guideline'), ...refusalResponses },
});

const list = actRoute('read', {
  method: 'get',
  path: '/guidelines',
  tags: ['guidelines'],
  summary: 'The guideline register: every guideline, by title, or those expiring, soonest first',
  description:
    "Read from the read model, as the register page shows it. `expiringWithin` is written as the CLI's `list --expiring-within`, " +
    'such as `180d`: the guidelines in force whose last valid day is within that many days. `status`, `body`, `kind` and `q` ' +
    '(words of the title or the id) narrow the list.',
  request: { query: pageQuerySchema.extend(guidelineListQuery.shape) },
  responses: { 200: json(pageSchema(guidelineListItemSchema), 'A page of guidelines') },
});

const extend = actRoute('guideline.extend', {
  method: 'post',
  path: '/guidelines/{id}/extensions',
  tags: ['guidelines'],
  summary: 'Extend the validity of a guideline in force, by decision',
  request: { params: guidelineParams, body: jsonBody(extendValiditySchema) },
  responses: { 200: json(guidelineViewSchema, 'The guideline with its new end of validity'), ...refusalResponses },
});

const retire = actRoute('guideline.retire', {
  method: 'post',
  path: '/guidelines/{id}/retirement',
  tags: ['guidelines'],
  summary: 'Retire a guideline',
  request: { params: guidelineParams, body: jsonBody(retireSchema) },
  responses: { 200: json(guidelineViewSchema, 'The guideline, retired'), ...refusalResponses },
});

const adopt = actRoute('guideline.adopt', {
  method: 'post',
  path: '/guidelines/{id}/adoption',
  tags: ['guidelines'],
  summary: 'Adopt a draft whose consultation is closed, by decision',
  request: { params: guidelineParams, body: jsonBody(adoptSchema) },
  responses: { 200: json(guidelineViewSchema, 'The guideline, in force'), ...refusalResponses },
});

/** The guideline routes: the pattern every area's routes follow (an act, the domain's schemas, a typed client). */
export function guidelineRoutes(deps: AppDeps): ApiRoutes {
  const guidelines = deps.clients.guidelines;
  return apiRouter()
    .openapi(register, async (c) => {
      const input = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'guideline.register', input.id, () => guidelines.register(input));
      // A workflow just started publishes its first row within its first steps: what Location names reads that row.
      await subjectWhenReady(deps.db, guidelineWorkflowId(view.guidelineId));
      c.header('location', `/api/guidelines/${view.guidelineId}`);
      return c.json(view, 201);
    })
    .openapi(show, async (c) => c.json(await guidelineViewOf(deps.db, c.req.valid('param').id), 200))
    .openapi(list, async (c) => {
      const { limit, offset, ...query } = c.req.valid('query');
      return c.json(await guidelineRegisterOn(deps.db, todayOf(deps), query, { limit, offset }), 200);
    })
    .openapi(extend, async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      return c.json(await performed(deps, c.get('user'), 'guideline.extend', id, () => guidelines.extend(id, input)), 200);
    })
    .openapi(retire, async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      return c.json(await performed(deps, c.get('user'), 'guideline.retire', id, () => guidelines.retire(id, input)), 200);
    })
    .openapi(adopt, async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      return c.json(await performed(deps, c.get('user'), 'guideline.adopt', id, () => guidelines.adopt(id, input)), 200);
    });
}
