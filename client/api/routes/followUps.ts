import { confirmImplementationSchema, implementationRequestSchema } from '../../../domain/followUp/implementation';
import { moveSurveySchema, submitPartSchema } from '../../../domain/followUp/survey';
import { followUpWorkflowId, implementationWorkflowId } from '../../../domain/ids';
import { guidelineViewSchema } from './guidelineSchemas';
import {
  confirmationReceiptSchema,
  followUpPlanRequestSchema,
  implementationViewSchema,
  meantPlan,
  submissionReceiptSchema,
  surveyViewSchema,
} from './followUpSchemas';
import { guidelineParams, json, jsonBody, nthParams, type ApiRoutes } from './openapi';
import { performed } from '../acts';
import type { AppDeps } from '../env';
import { schemaProblem } from '../problems';
import { actRoute, apiRouter, refusalResponses } from '../routing';

const implementationTags = ['implementation'];
const followUpTags = ['follow-ups'];

const planImplementation = actRoute('implementation.plan', {
  method: 'post',
  path: '/guidelines/{id}/implementations',
  tags: implementationTags,
  summary: "Set a guideline's implementation deadline: who must confirm, reminders to those that have not",
  description: 'The input of `npm run cli -- implementation plan --file`. Location names the new deadline.',
  request: { params: guidelineParams, body: jsonBody(implementationRequestSchema) },
  responses: { 201: json(guidelineViewSchema, 'The guideline, its new deadline last in `implementations`'), ...refusalResponses },
});

const implementation = actRoute('read', {
  method: 'get',
  path: '/guidelines/{id}/implementations/{n}',
  tags: implementationTags,
  summary: 'Who has confirmed, and the upcoming reminders',
  request: { params: nthParams },
  responses: { 200: json(implementationViewSchema, 'The implementation deadline'), ...refusalResponses },
});

const confirm = actRoute('implementation.confirm', {
  method: 'post',
  path: '/guidelines/{id}/implementations/{n}/confirmations',
  tags: implementationTags,
  summary: "Record an implementer's confirmation",
  request: { params: nthParams, body: jsonBody(confirmImplementationSchema) },
  responses: { 200: json(confirmationReceiptSchema, 'The confirmation, recorded'), ...refusalResponses },
});

const planFollowUp = actRoute('followUp.plan', {
  method: 'post',
  path: '/guidelines/{id}/follow-ups',
  tags: followUpTags,
  summary: "Plan a guideline's follow-up survey: parts per recipient, reminders, the report to a meeting",
  description:
    'The input of `npm run cli -- follow-up plan --file`: dated by `opensOn` and `closesOn`, or timed from the adoption by ' +
    '`afterAdoption`. Location names the new follow-up.',
  request: { params: guidelineParams, body: jsonBody(followUpPlanRequestSchema) },
  responses: { 201: json(guidelineViewSchema, 'The guideline, its new follow-up last in `followUps`'), ...refusalResponses },
});

const survey = actRoute('read', {
  method: 'get',
  path: '/guidelines/{id}/follow-ups/{n}',
  tags: followUpTags,
  summary: 'Parts missing per recipient, and the report once compiled',
  request: { params: nthParams },
  responses: { 200: json(surveyViewSchema, 'The follow-up'), ...refusalResponses },
});

const submit = actRoute('followUp.submit', {
  method: 'post',
  path: '/guidelines/{id}/follow-ups/{n}/submissions',
  tags: followUpTags,
  summary: "Record one part of a recipient's answer",
  request: { params: nthParams, body: jsonBody(submitPartSchema) },
  responses: { 200: json(submissionReceiptSchema, 'The part, recorded'), ...refusalResponses },
});

const move = actRoute('followUp.move', {
  method: 'post',
  path: '/guidelines/{id}/follow-ups/{n}/moves',
  tags: followUpTags,
  summary: 'Move a follow-up that has not opened, by decision',
  request: { params: nthParams, body: jsonBody(moveSurveySchema) },
  responses: { 200: json(surveyViewSchema, 'The follow-up with its new dates'), ...refusalResponses },
});

/** After the adoption: the CLI's `implementation` and `follow-up` commands. */
export function followUpRoutes(deps: AppDeps): ApiRoutes {
  const followUps = deps.clients.followUps;
  return apiRouter()
    .openapi(planImplementation, async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'implementation.plan', id, () => followUps.planImplementation(id, input));
      c.header('location', `/api/guidelines/${id}/implementations/${view.implementations[view.implementations.length - 1].n}`);
      return c.json(view, 201);
    })
    .openapi(implementation, async (c) => {
      const { id, n } = c.req.valid('param');
      return c.json(await followUps.implementation(id, n), 200);
    })
    .openapi(confirm, async (c) => {
      const { id, n } = c.req.valid('param');
      const input = c.req.valid('json');
      const receipt = await performed(deps, c.get('user'), 'implementation.confirm', implementationWorkflowId(id, n), () =>
        followUps.confirmImplementation(id, n, input),
      );
      return c.json(receipt, 200);
    })
    .openapi(
      planFollowUp,
      async (c) => {
        const { id } = c.req.valid('param');
        const input = c.req.valid('json');
        const view = await performed(deps, c.get('user'), 'followUp.plan', id, () => followUps.planFollowUp(id, input));
        c.header('location', `/api/guidelines/${id}/follow-ups/${view.followUps[view.followUps.length - 1].n}`);
        return c.json(view, 201);
      },
      (result, c) => {
        if (result.success) return;
        // zod refuses a union as a whole: name the fields of the kind of plan the body was meant to be.
        const meant = result.target === 'json' && 'data' in result ? meantPlan(result.data).safeParse(result.data) : undefined;
        return c.json(schemaProblem(meant?.error ?? result.error), 422, { 'Content-Type': 'application/problem+json' });
      },
    )
    .openapi(survey, async (c) => {
      const { id, n } = c.req.valid('param');
      return c.json(await followUps.survey(id, n), 200);
    })
    .openapi(submit, async (c) => {
      const { id, n } = c.req.valid('param');
      const input = c.req.valid('json');
      const receipt = await performed(deps, c.get('user'), 'followUp.submit', followUpWorkflowId(id, n), () =>
        followUps.submitPart(id, n, input),
      );
      return c.json(receipt, 200);
    })
    .openapi(move, async (c) => {
      const { id, n } = c.req.valid('param');
      const input = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'followUp.move', followUpWorkflowId(id, n), () =>
        followUps.moveFollowUp(id, n, input),
      );
      return c.json(view, 200);
    });
}
