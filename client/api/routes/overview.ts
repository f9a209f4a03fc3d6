import { z } from '@hono/zod-openapi';
import type { Overview } from '../../../domain/overview';
import { todayOf, type AppDeps } from '../env';
import { overviewOn } from '../overview';
import { actRoute, apiRouter } from '../routing';
import { json, type ApiRoutes } from './openapi';

const organisation = z.object({ organisationId: z.string(), organisationName: z.string() });
const date = z.string().openapi({ example: '2027-02-26' });

/** domain/overview.ts's Overview, as the document shows it. */
const overviewSchema: z.ZodType<Overview> = z
  .object({
    today: date,
    until: date.openapi({ description: 'the last day the overview looks ahead to: today + 30 days' }),
    answerDeadlines: z.array(
      z.object({
        workflowId: z.string(),
        guidelineId: z.string(),
        round: z.number().int(),
        title: z.string(),
        deadline: date,
        answered: z.number().int(),
        total: z.number().int(),
        silent: z.array(organisation).openapi({ description: 'the organisations that have not answered' }),
      }),
    ),
    missingDocuments: z.array(
      z.object({
        workflowId: z.string(),
        body: z.enum(['VVG', 'SRO']),
        date,
        documentDeadline: date,
        items: z.array(z.object({ itemId: z.string(), title: z.string(), presenter: z.string() })),
      }),
    ),
    implementations: z.array(
      z.object({
        workflowId: z.string(),
        guidelineId: z.string(),
        n: z.number().int(),
        title: z.string(),
        deadline: date,
        confirmed: z.number().int(),
        total: z.number().int(),
        unconfirmed: z.array(organisation),
      }),
    ),
    surveys: z.array(
      z.object({
        workflowId: z.string(),
        guidelineId: z.string(),
        n: z.number().int(),
        title: z.string(),
        closesOn: date,
        complete: z.number().int(),
        recipients: z.number().int(),
        missing: z.array(organisation.extend({ parts: z.array(z.string()).openapi({ description: 'the titles of the parts missing' }) })),
      }),
    ),
    expiring: z.array(endingSchema()).openapi({ description: 'in force, ending within 180 days' }),
    expired: z.array(endingSchema()).openapi({ description: 'ended with no decision' }),
    overdueMilestones: z.array(
      z.object({
        workflowId: z.string(),
        commissionId: z.string(),
        title: z.string(),
        milestones: z.array(z.object({ id: z.string(), title: z.string(), due: date })),
      }),
    ),
  })
  .openapi('Overview');

function endingSchema() {
  return z.object({
    workflowId: z.string(),
    guidelineId: z.string(),
    title: z.string(),
    validUntil: date,
    daysLeft: z.number().int().openapi({ description: 'days to the last valid day; negative once it has passed' }),
  });
}

const show = actRoute('read', {
  method: 'get',
  path: '/overview',
  tags: ['overview'],
  summary: 'What needs someone in the next 30 days ("Att göra"), as the overview page shows it',
  description:
    'Answer deadlines with the organisations still silent, meetings with documents missing, implementation deadlines ' +
    'with unconfirmed implementers, surveys with parts missing, guidelines ending within 180 days or ended with no ' +
    'decision, and overdue commission milestones; read from the read model, today by the Stockholm calendar.',
  responses: { 200: json(overviewSchema, 'The overview') },
});

export function overviewRoutes(deps: AppDeps): ApiRoutes {
  return apiRouter().openapi(show, async (c) => c.json(await overviewOn(deps.db, todayOf(deps)), 200));
}
