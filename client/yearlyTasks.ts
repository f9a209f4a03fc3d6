import {
  Client,
  MONTHS,
  ScheduleAlreadyRunning,
  ScheduleDescription,
  ScheduleHandle,
  ScheduleNotFoundError,
  ScheduleOverlapPolicy,
} from '@temporalio/client';
import { z } from 'zod';
import { TIME_ZONE } from '../domain/calendar/dates';
import type { OrganisationDirectory } from '../domain/directory/organisation';
import { parseWorkflowId, yearlyTaskScheduleId } from '../domain/ids';
import { Failure } from '../domain/failures';
import { parseOrThrow, ValidationError } from '../domain/validation';
import { catchupWindowMs, unknownOrganisations, YearlyTask, yearlyTaskIdSchema, yearlyTasksSchema } from '../domain/yearlyTask/yearlyTask';

export interface YearlyTaskSchedule {
  scheduleId: string;
  task: YearlyTask;
  /** As the server holds them, so a reader sees what Temporal will do rather than what the file says. */
  timezone?: string;
  catchupWindowMs: number;
  calendar?: { month: string; dayOfMonth: number; hour: number; minute: number };
  paused: boolean;
  nextRuns: string[];
  recentRuns: Array<{ workflowId: string; takenAt: string }>;
}

export interface SyncedTask {
  scheduleId: string;
  change: 'created' | 'updated';
}

function scheduleOf(task: YearlyTask, taskQueue: string) {
  const [hour, minute, second = 0] = task.time.split(':').map(Number);
  return {
    // The time zone and the catch-up window are set explicitly: the defaults are UTC and one year.
    spec: {
      calendars: [{ month: MONTHS[task.on.month - 1], dayOfMonth: task.on.day, hour, minute, second, comment: task.title }],
      timezone: TIME_ZONE,
    },
    action: {
      type: 'startWorkflow' as const,
      workflowType: 'yearlyTask',
      workflowId: yearlyTaskScheduleId(task.id),
      taskQueue,
      args: [task] as [YearlyTask],
    },
    policies: { catchupWindow: catchupWindowMs(task.catchupWindow), overlap: ScheduleOverlapPolicy.SKIP },
  };
}

function view(d: ScheduleDescription): YearlyTaskSchedule {
  const c = d.spec.calendars?.[0];
  return {
    scheduleId: d.scheduleId,
    task: d.action.args?.[0] as YearlyTask,
    timezone: d.spec.timezone,
    catchupWindowMs: d.policies.catchupWindow,
    calendar: c && { month: c.month[0].start, dayOfMonth: c.dayOfMonth[0].start, hour: c.hour[0].start, minute: c.minute[0].start },
    paused: d.state.paused,
    nextRuns: d.info.nextActionTimes.map((t) => t.toISOString()),
    recentRuns: d.info.recentActions.map((a) => ({ workflowId: a.action.workflow.workflowId, takenAt: a.takenAt.toISOString() })),
  };
}

/** Yearly tasks as Temporal Schedules `yearly/<taskId>`, each starting the `yearlyTask` workflow on its day. */
export class YearlyTaskClient {
  constructor(
    private readonly client: Client,
    private readonly taskQueue: string,
    private readonly organisations: OrganisationDirectory,
  ) {}

  /**
   * Creates a Schedule for each task, or updates the one it has, keeping a pause set in the web UI. Every task is
   * checked first: one bad task changes nothing.
   */
  async sync(tasks: unknown): Promise<SyncedTask[]> {
    const parsed = parseOrThrow(yearlyTasksSchema, { tasks }).tasks;
    const problems = unknownOrganisations(parsed, this.organisations);
    if (problems.length) throw new ValidationError(problems);
    const synced: SyncedTask[] = [];
    for (const task of parsed) synced.push(await this.upsert(task));
    return synced;
  }

  /** Every yearly task's Schedule. The server's list catches up with a create or delete a moment later. */
  async list(): Promise<YearlyTaskSchedule[]> {
    const ids: string[] = [];
    for await (const s of this.client.schedule.list()) if (parseWorkflowId(s.scheduleId)?.kind === 'yearly-task') ids.push(s.scheduleId);
    const found = await Promise.all(ids.map((id) => this.describeIfExists(id)));
    return found.filter((s) => s !== undefined).sort((a, b) => a.scheduleId.localeCompare(b.scheduleId));
  }

  async describe(taskId: string): Promise<YearlyTaskSchedule> {
    return view(await this.known(taskId, (h) => h.describe()));
  }

  /** Starts this year's occurrence now; a run still under way is not doubled, and a year's mail goes out once. */
  async trigger(taskId: string): Promise<string> {
    await this.known(taskId, (h) => h.trigger(ScheduleOverlapPolicy.SKIP));
    return yearlyTaskScheduleId(taskId);
  }

  async remove(taskId: string): Promise<string> {
    await this.known(taskId, (h) => h.delete());
    return yearlyTaskScheduleId(taskId);
  }

  private async upsert(task: YearlyTask): Promise<SyncedTask> {
    const scheduleId = yearlyTaskScheduleId(task.id);
    const schedule = scheduleOf(task, this.taskQueue);
    try {
      await this.client.schedule.create({ scheduleId, ...schedule });
      return { scheduleId, change: 'created' };
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
    }
    await this.client.schedule
      .getHandle(scheduleId)
      .update((previous) => ({ ...schedule, state: { paused: previous.state.paused, note: previous.state.note } }));
    return { scheduleId, change: 'updated' };
  }

  private async known<T>(taskId: string, run: (handle: ScheduleHandle) => Promise<T>): Promise<T> {
    const { id } = parseOrThrow(z.object({ id: yearlyTaskIdSchema }), { id: taskId });
    try {
      return await run(this.client.schedule.getHandle(yearlyTaskScheduleId(id)));
    } catch (err) {
      if (err instanceof ScheduleNotFoundError) throw new ValidationError([`id: no yearly task '${id}'`], Failure.NotFound);
      throw err;
    }
  }

  private async describeIfExists(scheduleId: string): Promise<YearlyTaskSchedule | undefined> {
    try {
      return view(await this.client.schedule.getHandle(scheduleId).describe());
    } catch (err) {
      if (err instanceof ScheduleNotFoundError) return undefined;
      throw err;
    }
  }
}
