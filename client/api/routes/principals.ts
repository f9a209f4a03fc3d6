import { principalsWorkflowId } from '../../../domain/ids';
import { closeTrackingSchema, principalDecisionSchema } from '../../../domain/meeting/principals';
import { principalReceiptSchema, principalTrackingSchema } from './meetingSchemas';
import { itemParams, json, jsonBody, type ApiRoutes } from './openapi';
import { performed } from '../acts';
import type { AppDeps } from '../env';
import { actRoute, apiRouter, refusalResponses } from '../routing';

const tags = ['principals'];
const trackingPath = '/meetings/{body}/{date}/items/{itemId}/principals';

const progress = actRoute('read', {
  method: 'get',
  path: trackingPath,
  tags,
  summary: "The principals' own decisions on a recommendation: who has decided, and how",
  request: { params: itemParams },
  responses: { 200: json(principalTrackingSchema, 'The tracking'), ...refusalResponses },
});

const record = actRoute('principals.record', {
  method: 'post',
  path: `${trackingPath}/decisions`,
  tags,
  summary: "Record a principal's decision",
  request: { params: itemParams, body: jsonBody(principalDecisionSchema) },
  responses: { 200: json(principalReceiptSchema, 'The decision, recorded'), ...refusalResponses },
});

const close = actRoute('principals.close', {
  method: 'post',
  path: `${trackingPath}/closure`,
  tags,
  summary: 'Stop tracking and reminding',
  request: { params: itemParams, body: jsonBody(closeTrackingSchema) },
  responses: { 200: json(principalTrackingSchema, 'The tracking, closed'), ...refusalResponses },
});

/** After SRO recommends the principals: the CLI's `principals` commands. */
export function principalRoutes(deps: AppDeps): ApiRoutes {
  const meetings = deps.clients.meetings;
  return apiRouter()
    .openapi(progress, async (c) => {
      const { body, date, itemId } = c.req.valid('param');
      return c.json(await meetings.principalProgress(body, date, itemId), 200);
    })
    .openapi(record, async (c) => {
      const { body, date, itemId } = c.req.valid('param');
      const decision = c.req.valid('json');
      const receipt = await performed(deps, c.get('user'), 'principals.record', principalsWorkflowId(body, date, itemId), () =>
        meetings.recordPrincipalDecision(body, date, itemId, decision),
      );
      return c.json(receipt, 200);
    })
    .openapi(close, async (c) => {
      const { body, date, itemId } = c.req.valid('param');
      const closing = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'principals.close', principalsWorkflowId(body, date, itemId), () =>
        meetings.closeTracking(body, date, itemId, closing),
      );
      return c.json(view, 200);
    });
}
