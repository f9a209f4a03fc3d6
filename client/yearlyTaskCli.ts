import { DateTime } from 'luxon';
import { TIME_ZONE } from '../domain/calendar/dates';
import type { YearlyTasks } from '../domain/yearlyTask/yearlyTask';
import type { YearlyTaskCommand } from './yearlyTaskCommand';
import type { SyncedTask, YearlyTaskClient, YearlyTaskSchedule } from './yearlyTasks';

const pad = (n: number) => String(n).padStart(2, '0');
const local = (iso: string) => DateTime.fromISO(iso, { zone: TIME_ZONE }).toFormat('yyyy-MM-dd HH:mm');

function line(s: YearlyTaskSchedule): string {
  const { on, time, dueBy } = s.task;
  const due = dueBy ? `, due ${pad(dueBy.month)}-${pad(dueBy.day)}` : '';
  const next = s.paused ? 'paused' : `next ${s.nextRuns[0] ? local(s.nextRuns[0]) : 'none'}`;
  return `${s.scheduleId}  ${pad(on.month)}-${pad(on.day)} ${time}${due}  ${next}  ${s.task.title}`;
}

function describeSchedule(s: YearlyTaskSchedule): string {
  const t = s.task;
  return [
    line(s),
    `  ${s.timezone ?? 'UTC'}, catch-up window ${t.catchupWindow}, owner ${t.owner.name} <${t.owner.email}>`,
    ...(t.guidelineId ? [`  guideline ${t.guidelineId}`] : []),
    ...t.recipients.map((r) => `  recipient ${r.name} <${r.email}>`),
    ...s.recentRuns.map((r) => `  run ${local(r.takenAt)} (${r.workflowId})`),
  ].join('\n');
}

const describeSync = (synced: SyncedTask[]) => synced.map((s) => `${s.change} ${s.scheduleId}`).join('\n') || 'no tasks in the file';
const describeList = (schedules: YearlyTaskSchedule[]) => schedules.map(line).join('\n') || 'no yearly tasks';

/** Runs a `tasks` command and returns what to print: the result as JSON with --json, else as text. */
export async function runYearlyTaskCommand(
  command: YearlyTaskCommand,
  tasks: YearlyTaskClient,
  readFile: () => YearlyTasks,
): Promise<string> {
  const show = <T>(value: T, describe: (value: T) => string) => (command.json ? JSON.stringify(value, null, 2) : describe(value));
  switch (command.action) {
    case 'sync':
      return show(await tasks.sync(readFile().tasks), describeSync);
    case 'list':
      return show(await tasks.list(), describeList);
    case 'show':
      return show(await tasks.describe(command.id), describeSchedule);
    case 'trigger':
      return show(await tasks.trigger(command.id), (id) => `triggered ${id}`);
    case 'remove':
      return show(await tasks.remove(command.id), (id) => `removed ${id}`);
  }
}
