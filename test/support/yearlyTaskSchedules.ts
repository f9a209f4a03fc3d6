import type { YearlyTaskSchedule } from '../../client/yearlyTasks';
import { yearlyTaskScheduleId } from '../../domain/ids';
import { yearlyTaskSchema, YearlyTaskInput } from '../../domain/yearlyTask/yearlyTask';
import { englishSubscriber, owner } from './guidelines';

/*
 * Yearly tasks as their Schedules on the server describe them, on 1 September 2027: the SAMSA agreement to extend by
 * 30 November, mailed on 1 October and run once last year, and the deviations report, paused.
 */

export const now = () => new Date('2027-09-01T10:00:00Z');

export const samsaTask: YearlyTaskInput = {
  id: 'samsa-agreement-extension',
  title: 'Förläng avtalet för IT-tjänsten SAMSA',
  description: 'Avtalet ska förlängas senast den 30 november.',
  owner,
  recipients: [englishSubscriber],
  on: { month: 10, day: 1 },
  time: '08:00',
  dueBy: { month: 11, day: 30 },
  catchupWindow: '3 days',
};

export const deviationsTask: YearlyTaskInput = {
  id: 'deviations-report',
  title: 'Årlig rapport om avvikelser',
  description: 'Sammanställ årets avvikelser till aprilmötet.',
  guidelineId: 'self-care',
  owner,
  on: { month: 4, day: 15 },
  catchupWindow: '12 hours',
};

export function schedule(input: YearlyTaskInput, overrides: Partial<YearlyTaskSchedule> = {}): YearlyTaskSchedule {
  const task = yearlyTaskSchema.parse(input);
  return {
    scheduleId: yearlyTaskScheduleId(task.id),
    task,
    timezone: 'Europe/Stockholm',
    catchupWindowMs: 3 * 24 * 3_600_000,
    calendar: { month: 'OCTOBER', dayOfMonth: task.on.day, hour: 8, minute: 0 },
    paused: false,
    nextRuns: [],
    recentRuns: [],
    ...overrides,
  };
}

export const samsa = () =>
  schedule(samsaTask, {
    nextRuns: ['2027-10-01T06:00:00.000Z', '2028-10-01T06:00:00.000Z'],
    recentRuns: [{ workflowId: 'yearly/samsa-agreement-extension-2026-10-01T06:00:00Z', takenAt: '2026-10-01T06:00:00.120Z' }],
  });
export const deviations = () => schedule(deviationsTask, { paused: true, catchupWindowMs: 12 * 3_600_000 });
