import { z } from '@hono/zod-openapi';
import { yearlyTaskScheduleId } from '../../../domain/ids';
import { yearlyTaskIdSchema, yearlyTaskSchema, yearlyTasksSchema } from '../../../domain/yearlyTask/yearlyTask';
import { json, jsonBody, pageOfList, type ApiRoutes } from './openapi';
import { performed } from '../acts';
import type { AppDeps } from '../env';
import { pageQuerySchema, pageSchema } from '../pagination';
import { actRoute, apiRouter, refusalResponses } from '../routing';

const tags = ['yearly tasks'];
const taskParams = z.object({ id: yearlyTaskIdSchema });

/** A yearly task's Schedule as the server holds it (YearlyTaskSchedule in client/yearlyTasks.ts). */
const scheduleSchema = z
  .object({
    scheduleId: z.string(),
    task: yearlyTaskSchema,
    timezone: z.string().optional(),
    catchupWindowMs: z.number().int(),
    calendar: z.object({ month: z.string(), dayOfMonth: z.number().int(), hour: z.number().int(), minute: z.number().int() }).optional(),
    paused: z.boolean(),
    nextRuns: z.array(z.string()),
    recentRuns: z.array(z.object({ workflowId: z.string(), takenAt: z.string() })),
  })
  .openapi('YearlyTask');

const syncedSchema = z
  .object({ synced: z.array(z.object({ scheduleId: z.string(), change: z.enum(['created', 'updated']) })) })
  .openapi('SyncedYearlyTasks');

const sync = actRoute('yearlyTask.sync', {
  method: 'post',
  path: '/yearly-tasks',
  tags,
  summary: 'Create or update a Schedule per task, keeping a pause set in the web UI',
  description: 'The content of YEARLY_TASKS_FILE, as `npm run cli -- tasks sync` reads it there. One bad task changes nothing.',
  request: { body: jsonBody(yearlyTasksSchema) },
  responses: { 200: json(syncedSchema, 'What each task became'), ...refusalResponses },
});

const list = actRoute('read', {
  method: 'get',
  path: '/yearly-tasks',
  tags,
  summary: 'Every yearly task and its next runs',
  description: "Temporal's list of Schedules catches up with a sync or a removal a moment later.",
  request: { query: pageQuerySchema },
  responses: { 200: json(pageSchema(scheduleSchema), 'A page of yearly tasks'), ...refusalResponses },
});

const show = actRoute('read', {
  method: 'get',
  path: '/yearly-tasks/{id}',
  tags,
  summary: 'A yearly task, its Schedule and its recent runs',
  request: { params: taskParams },
  responses: { 200: json(scheduleSchema, 'The yearly task'), ...refusalResponses },
});

const trigger = actRoute('yearlyTask.trigger', {
  method: 'post',
  path: '/yearly-tasks/{id}/runs',
  tags,
  summary: "Start this year's occurrence now; it mails nobody twice in a year",
  request: { params: taskParams },
  responses: { 202: json(z.object({ scheduleId: z.string() }), 'Started'), ...refusalResponses },
});

const remove = actRoute('yearlyTask.remove', {
  method: 'delete',
  path: '/yearly-tasks/{id}',
  tags,
  summary: "Delete a task's Schedule",
  request: { params: taskParams },
  responses: { 204: { description: 'Deleted' }, ...refusalResponses },
});

/** Yearly tasks, each a Temporal Schedule: the CLI's `tasks` commands. */
export function yearlyTaskRoutes(deps: AppDeps): ApiRoutes {
  const tasks = deps.clients.yearlyTasks;
  return apiRouter()
    .openapi(sync, async (c) => {
      const input = c.req.valid('json');
      const targets = input.tasks.map((t) => yearlyTaskScheduleId(t.id)).join(', ');
      const synced = await performed(deps, c.get('user'), 'yearlyTask.sync', targets, () => tasks.sync(input.tasks));
      return c.json({ synced }, 200);
    })
    .openapi(list, async (c) => c.json(pageOfList(c.req.valid('query'), await tasks.list()), 200))
    .openapi(show, async (c) => c.json(await tasks.describe(c.req.valid('param').id), 200))
    .openapi(trigger, async (c) => {
      const { id } = c.req.valid('param');
      const scheduleId = await performed(deps, c.get('user'), 'yearlyTask.trigger', yearlyTaskScheduleId(id), () => tasks.trigger(id));
      return c.json({ scheduleId }, 202);
    })
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      await performed(deps, c.get('user'), 'yearlyTask.remove', yearlyTaskScheduleId(id), () => tasks.remove(id));
      return c.body(null, 204);
    });
}
