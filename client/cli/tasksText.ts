import { DateTime } from 'luxon';
import { TIME_ZONE } from '../../domain/calendar/dates';
import type { SyncedTask, YearlyTaskSchedule } from '../yearlyTasks';
import { printable } from './output';

const pad = (n: number) => String(n).padStart(2, '0');
const local = (iso: string) => DateTime.fromISO(iso, { zone: TIME_ZONE }).toFormat('yyyy-MM-dd HH:mm');

function line(s: YearlyTaskSchedule): string {
  const { on, time, dueBy } = s.task;
  const due = dueBy ? `, due ${pad(dueBy.month)}-${pad(dueBy.day)}` : '';
  const next = s.paused ? 'paused' : `next ${s.nextRuns[0] ? local(s.nextRuns[0]) : 'none'}`;
  return `${s.scheduleId}  ${pad(on.month)}-${pad(on.day)} ${time}${due}  ${next}  ${printable(s.task.title)}`;
}

export function describeSchedule(s: YearlyTaskSchedule): string {
  const t = s.task;
  return [
    line(s),
    `  ${s.timezone ?? 'UTC'}, catch-up window ${t.catchupWindow}, owner ${printable(t.owner.name)} <${t.owner.email}>`,
    ...(t.guidelineId ? [`  guideline ${t.guidelineId}`] : []),
    ...t.recipients.map((r) => `  recipient ${printable(r.name)} <${r.email}>`),
    ...s.recentRuns.map((r) => `  run ${local(r.takenAt)} (${r.workflowId})`),
  ].join('\n');
}

export const describeSync = (synced: SyncedTask[]) => synced.map((s) => `${s.change} ${s.scheduleId}`).join('\n') || 'no tasks in the file';

export const describeSchedules = (schedules: YearlyTaskSchedule[]) => schedules.map(line).join('\n') || 'no yearly tasks';
