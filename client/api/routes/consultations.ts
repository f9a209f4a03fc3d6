import { z } from '@hono/zod-openapi';
import {
  closeRoundSchema,
  consultationRequestSchema,
  extendDeadlineSchema,
  recordResponseSchema,
  withdrawRecipientSchema,
} from '../../../domain/consultation/consultation';
import { subjectWhenReady } from '../../../activities/store/readModel';
import { consultationWorkflowId } from '../../../domain/ids';
import { addRecipientRequestSchema, answerReceiptSchema, roundViewSchema } from './consultationSchemas';
import { guidelineParams, json, jsonBody, roundParams, type ApiRoutes } from './openapi';
import { performed } from '../acts';
import type { AppDeps } from '../env';
import { roundViewOf } from '../readViews';
import { actRoute, apiRouter, refusalResponses } from '../routing';

const tags = ['consultation rounds'];
const roundPath = '/guidelines/{id}/rounds/{round}';
const roundState = (description: string) => ({ 200: json(roundViewSchema, description), ...refusalResponses });

const start = actRoute('consultation.start', {
  method: 'post',
  path: '/guidelines/{id}/rounds',
  tags,
  summary: 'Open a round on a draft: invite every organisation of the groups',
  description: 'The input of `npm run cli -- consultation start --file`. Dates may not lie behind today.',
  request: { params: guidelineParams, body: jsonBody(consultationRequestSchema) },
  responses: { 201: json(roundViewSchema, 'The round, started'), ...refusalResponses },
});

const progress = actRoute('read', {
  method: 'get',
  path: roundPath,
  tags,
  summary: 'A round: totals, per sub-region, who has not answered, the answers',
  description: "Read from the read model: the state the round's workflow published with its last transition.",
  request: { params: roundParams },
  responses: roundState('The round'),
});

const answer = actRoute('consultation.answer', {
  method: 'post',
  path: `${roundPath}/answers`,
  tags,
  summary: "Record an organisation's answer; after the deadline it is flagged late",
  request: { params: roundParams, body: jsonBody(recordResponseSchema) },
  responses: { 200: json(answerReceiptSchema, 'The answer, recorded'), ...refusalResponses },
});

const extend = actRoute('consultation.extend', {
  method: 'post',
  path: `${roundPath}/extensions`,
  tags,
  summary: 'Move the deadline later',
  request: { params: roundParams, body: jsonBody(extendDeadlineSchema) },
  responses: roundState('The round with its new deadline'),
});

const add = actRoute('consultation.addRecipient', {
  method: 'post',
  path: `${roundPath}/recipients`,
  tags,
  summary: 'Invite one more organisation',
  request: { params: roundParams, body: jsonBody(addRecipientRequestSchema) },
  responses: roundState('The round with the organisation invited'),
});

const withdraw = actRoute('consultation.withdrawRecipient', {
  method: 'post',
  path: `${roundPath}/withdrawals`,
  tags,
  summary: 'Take an organisation off the round',
  request: { params: roundParams, body: jsonBody(withdrawRecipientSchema) },
  responses: roundState('The round without the organisation'),
});

const close = actRoute('consultation.close', {
  method: 'post',
  path: `${roundPath}/closure`,
  tags,
  summary: 'Close the round; the guideline then awaits its decision',
  request: { params: roundParams, body: jsonBody(closeRoundSchema) },
  responses: roundState('The round, closed'),
});

const exportCsv = actRoute('read', {
  method: 'get',
  path: `${roundPath}/answers.csv`,
  tags,
  summary: 'The answers as CSV (RFC 4180), one row per organisation',
  request: { params: roundParams },
  responses: {
    200: { description: 'The answers', content: { 'text/csv': { schema: z.string() } } },
    ...refusalResponses,
  },
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const exportXlsx = actRoute('read', {
  method: 'get',
  path: `${roundPath}/answers.xlsx`,
  tags,
  summary: "The answers as a workbook (XLSX): the CSV's columns, one row per organisation",
  request: { params: roundParams },
  responses: {
    200: { description: 'The answers', content: { [XLSX]: { schema: z.string().openapi({ format: 'binary' }) } } },
    ...refusalResponses,
  },
});

/** A guideline's consultation rounds and their answers: the CLI's `consultation` commands. */
export function consultationRoutes(deps: AppDeps): ApiRoutes {
  const consultations = deps.clients.consultations;
  return apiRouter()
    .openapi(start, async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const { round } = await performed(deps, c.get('user'), 'consultation.start', id, () => consultations.start(id, input));
      // The round publishes its first row within its first steps: what Location names reads that row.
      await subjectWhenReady(deps.db, consultationWorkflowId(id, round.round), () => true, 10_000);
      c.header('location', `/api/guidelines/${id}/rounds/${round.round}`);
      return c.json(round, 201);
    })
    .openapi(progress, async (c) => {
      const { id, round } = c.req.valid('param');
      return c.json(await roundViewOf(deps.db, id, round), 200);
    })
    .openapi(answer, async (c) => {
      const { id, round } = c.req.valid('param');
      const input = c.req.valid('json');
      const receipt = await performed(deps, c.get('user'), 'consultation.answer', consultationWorkflowId(id, round), () =>
        consultations.recordResponse(id, round, input),
      );
      return c.json(receipt, 200);
    })
    .openapi(extend, async (c) => {
      const { id, round } = c.req.valid('param');
      const input = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'consultation.extend', consultationWorkflowId(id, round), () =>
        consultations.extendDeadline(id, round, input),
      );
      return c.json(view, 200);
    })
    .openapi(add, async (c) => {
      const { id, round } = c.req.valid('param');
      const { organisationId } = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'consultation.addRecipient', consultationWorkflowId(id, round), () =>
        consultations.addRecipient(id, round, organisationId),
      );
      return c.json(view, 200);
    })
    .openapi(withdraw, async (c) => {
      const { id, round } = c.req.valid('param');
      const input = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'consultation.withdrawRecipient', consultationWorkflowId(id, round), () =>
        consultations.withdrawRecipient(id, round, input),
      );
      return c.json(view, 200);
    })
    .openapi(close, async (c) => {
      const { id, round } = c.req.valid('param');
      const input = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'consultation.close', consultationWorkflowId(id, round), () =>
        consultations.close(id, round, input),
      );
      return c.json(view, 200);
    })
    .openapi(exportCsv, async (c) => {
      const { id, round } = c.req.valid('param');
      const csv = await consultations.exportCsv(id, round);
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${id}-round-${round}.csv"`,
      });
    })
    .openapi(exportXlsx, async (c) => {
      const { id, round } = c.req.valid('param');
      const xlsx = await consultations.exportXlsx(id, round);
      return c.body(xlsx, 200, {
        'content-type': XLSX,
        'content-disposition': `attachment; filename="${id}-round-${round}.xlsx"`,
      });
    });
}
