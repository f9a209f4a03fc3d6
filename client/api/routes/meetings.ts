import { meetingWorkflowId } from '../../../domain/ids';
import { agendaItemSchema } from '../../../domain/meeting/meeting';
import {
  annualWheelSchema,
  decisionRequestSchema,
  documentsRequestSchema,
  meetingViewSchema,
  meetingYearSchema,
  plannedMeetingsSchema,
  recordedDecisionSchema,
  wheelParams,
} from './meetingSchemas';
import { itemParams, json, jsonBody, meetingParams, type ApiRoutes } from './openapi';
import { performed } from '../acts';
import type { AppDeps } from '../env';
import { actRoute, apiRouter, refusalResponses } from '../routing';

const tags = ['meetings'];
const meetingPath = '/meetings/{body}/{date}';

const plan = actRoute('meeting.plan', {
  method: 'post',
  path: '/meetings',
  tags,
  summary: "Plan a body's year: start every meeting of its calendar that year",
  description: 'Presenters are then reminded and agendas go out. Planning a year again starts only the meetings not yet started.',
  request: { body: jsonBody(meetingYearSchema) },
  responses: { 200: json(plannedMeetingsSchema, 'The meetings of the year'), ...refusalResponses },
});

const agenda = actRoute('read', {
  method: 'get',
  path: meetingPath,
  tags,
  summary: "A meeting's agenda: items, documents and decisions",
  request: { params: meetingParams },
  responses: { 200: json(meetingViewSchema, 'The meeting'), ...refusalResponses },
});

const addItem = actRoute('meeting.addItem', {
  method: 'post',
  path: `${meetingPath}/items`,
  tags,
  summary: 'Put an item on the agenda of a meeting in the calendar',
  description:
    'The meeting is started if nothing was planned on it yet. `origin` is the meeting’s own, set when an item is sent back or forwarded.',
  request: { params: meetingParams, body: jsonBody(agendaItemSchema) },
  responses: { 200: json(meetingViewSchema, 'The meeting with the item'), ...refusalResponses },
});

const submitDocuments = actRoute('meeting.submitDocument', {
  method: 'post',
  path: `${meetingPath}/items/{itemId}/documents`,
  tags,
  summary: 'Hand in documents for an item',
  request: { params: itemParams, body: jsonBody(documentsRequestSchema) },
  responses: { 200: json(meetingViewSchema, 'The meeting with the documents'), ...refusalResponses },
});

const decide = actRoute('meeting.decide', {
  method: 'post',
  path: `${meetingPath}/decisions`,
  tags,
  summary: "Record an item's decision once the meeting is held",
  description: 'A recommendation (`recommend-principals`) without `principals` goes to the region and every municipality.',
  request: { params: meetingParams, body: jsonBody(decisionRequestSchema) },
  responses: { 200: json(recordedDecisionSchema, 'The decision, carried out'), ...refusalResponses },
});

const wheel = actRoute('read', {
  method: 'get',
  path: '/annual-wheel/{year}',
  tags,
  summary: 'The årshjul: every calendar meeting of the year and its items',
  request: { params: wheelParams },
  responses: { 200: json(annualWheelSchema, 'The year'), ...refusalResponses },
});

/** The bodies' meetings: the CLI's `meeting` commands and `wheel`. */
export function meetingRoutes(deps: AppDeps): ApiRoutes {
  const meetings = deps.clients.meetings;
  return apiRouter()
    .openapi(plan, async (c) => {
      const { body, year } = c.req.valid('json');
      const meetingIds = await performed(deps, c.get('user'), 'meeting.plan', `${body} ${year}`, () => meetings.plan(body, year));
      return c.json({ meetingIds }, 200);
    })
    .openapi(agenda, async (c) => {
      const { body, date } = c.req.valid('param');
      return c.json(await meetings.agenda(body, date), 200);
    })
    .openapi(addItem, async (c) => {
      const { body, date } = c.req.valid('param');
      const item = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'meeting.addItem', meetingWorkflowId(body, date), () =>
        meetings.addItem(body, date, item),
      );
      return c.json(view, 200);
    })
    .openapi(submitDocuments, async (c) => {
      const { body, date, itemId } = c.req.valid('param');
      const { documents } = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'meeting.submitDocument', meetingWorkflowId(body, date), () =>
        meetings.submitDocuments(body, date, { itemId, documents }),
      );
      return c.json(view, 200);
    })
    .openapi(decide, async (c) => {
      const { body, date } = c.req.valid('param');
      const decision = c.req.valid('json');
      const recorded = await performed(deps, c.get('user'), 'meeting.decide', meetingWorkflowId(body, date), () =>
        meetings.decide(body, date, decision),
      );
      return c.json(recorded, 200);
    })
    .openapi(wheel, async (c) => c.json(await meetings.wheel(c.req.valid('param').year), 200));
}
