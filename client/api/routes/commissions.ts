import { z } from '@hono/zod-openapi';
import { isoDate } from '../../../domain/calendar/dates';
import {
  commissionIdSchema,
  commissionInputSchema,
  completeCommissionSchema,
  completeMilestoneSchema,
  moveMilestoneSchema,
} from '../../../domain/commission/commission';
import { contactSchema } from '../../../domain/directory/contact';
import { commissionWorkflowId } from '../../../domain/ids';
import { responsibleBodySchema } from '../../../domain/guideline/guideline';
import { json, jsonBody, type ApiRoutes } from './openapi';
import { performed } from '../acts';
import type { AppDeps } from '../env';
import { actRoute, apiRouter, refusalResponses } from '../routing';

const tags = ['commissions'];
const commissionParams = z.object({ id: commissionIdSchema });
const milestoneParams = commissionParams.extend({ milestoneId: completeMilestoneSchema.shape.milestoneId });

/** A commission as its workflow reports it (CommissionView in workflows/commission/api.ts). */
const commissionViewSchema = z
  .object({
    commissionId: z.string(),
    workflowId: z.string(),
    status: z.enum(['active', 'completed']),
    title: z.string(),
    task: z.string(),
    commissionedBy: z.object({ body: responsibleBodySchema, date: isoDate }),
    group: z.array(contactSchema),
    milestones: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        due: isoDate,
        status: z.enum(['open', 'overdue', 'completed']),
        completedOn: isoDate.optional(),
        link: z.string().optional(),
        moves: z.array(z.object({ milestoneId: z.string(), due: isoDate, reason: z.string(), previousDue: isoDate, at: z.string() })),
      }),
    ),
    reportBack: z
      .object({
        body: responsibleBodySchema,
        date: isoDate,
        meetingId: z.string(),
        itemId: z.string(),
        placed: z.boolean(),
        refused: z.string().optional(),
      })
      .openapi({ description: 'the meeting it reports back to, and whether the item is on its agenda or why that meeting refused it' }),
    upcoming: z.array(z.object({ kind: z.enum(['reminder', 'escalation']), milestoneId: z.string(), date: isoDate, at: z.string() })),
    completion: z
      .object({ completedOn: isoDate, summary: z.string(), at: z.string(), guidelineWorkflowId: z.string().optional() })
      .optional(),
  })
  .openapi('Commission');

const commissionState = (description: string) => ({ 200: json(commissionViewSchema, description), ...refusalResponses });

const start = actRoute('commission.start', {
  method: 'post',
  path: '/commissions',
  tags,
  summary: "Give a body's commission to a working group",
  description: 'The input of `npm run cli -- commission start --file`; the report-back meeting must be in the calendar and ahead.',
  request: { body: jsonBody(commissionInputSchema) },
  responses: { 201: json(commissionViewSchema, 'The commission, started'), ...refusalResponses },
});

const show = actRoute('read', {
  method: 'get',
  path: '/commissions/{id}',
  tags,
  summary: 'A commission: its milestones, moves and upcoming reminders',
  request: { params: commissionParams },
  responses: commissionState('The commission'),
});

const completeMilestone = actRoute('commission.milestone', {
  method: 'post',
  path: '/commissions/{id}/milestones/{milestoneId}/completion',
  tags,
  summary: 'Record a milestone as completed',
  request: { params: milestoneParams, body: jsonBody(completeMilestoneSchema.omit({ milestoneId: true })) },
  responses: commissionState('The commission with the milestone completed'),
});

const moveMilestone = actRoute('commission.moveMilestone', {
  method: 'post',
  path: '/commissions/{id}/milestones/{milestoneId}/moves',
  tags,
  summary: "Move a milestone's due date; it is reminded from the new date only",
  request: { params: milestoneParams, body: jsonBody(moveMilestoneSchema.omit({ milestoneId: true })) },
  responses: commissionState('The commission with the milestone moved'),
});

const complete = actRoute('commission.complete', {
  method: 'post',
  path: '/commissions/{id}/completion',
  tags,
  summary: 'Complete the commission; with a `draft` it registers that guideline as a draft',
  request: { params: commissionParams, body: jsonBody(completeCommissionSchema) },
  responses: commissionState('The commission, completed'),
});

/** Commissions to working groups: the CLI's `commission` commands. */
export function commissionRoutes(deps: AppDeps): ApiRoutes {
  const commissions = deps.clients.commissions;
  return apiRouter()
    .openapi(start, async (c) => {
      const input = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'commission.start', commissionWorkflowId(input.id), () => commissions.start(input));
      c.header('location', `/api/commissions/${view.commissionId}`);
      return c.json(view, 201);
    })
    .openapi(show, async (c) => c.json(await commissions.show(c.req.valid('param').id), 200))
    .openapi(completeMilestone, async (c) => {
      const { id, milestoneId } = c.req.valid('param');
      const input = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'commission.milestone', commissionWorkflowId(id), () =>
        commissions.completeMilestone(id, { milestoneId, ...input }),
      );
      return c.json(view, 200);
    })
    .openapi(moveMilestone, async (c) => {
      const { id, milestoneId } = c.req.valid('param');
      const input = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'commission.moveMilestone', commissionWorkflowId(id), () =>
        commissions.moveMilestone(id, { milestoneId, ...input }),
      );
      return c.json(view, 200);
    })
    .openapi(complete, async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const view = await performed(deps, c.get('user'), 'commission.complete', commissionWorkflowId(id), () =>
        commissions.complete(id, input),
      );
      return c.json(view, 200);
    });
}
