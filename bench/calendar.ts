import { isBusinessDay } from '../domain/calendar/businessDays';
import { deadlineReminderPolicySchema } from '../domain/consultation/consultation';
import { deadlineReminderSchedule } from '../domain/reminders/deadlineReminders';
import { DEFAULT_EXPIRY_REMINDER_POLICY, expiryReminderSchedule } from '../domain/reminders/expiryReminders';
import { Figure, median } from './timing';

const BATCHES = 15;
const BATCH_MS = 100;
const WARM_UP_MS = 300;

const cpuMicroseconds = (since?: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return user + system;
};

/**
 * CPU nanoseconds per call of `run`, warm: the median of batches of about 100 ms each, after a warm-up. CPU time
 * rather than wall time, so that other processes on a shared machine do not count.
 */
function timePerCall(run: (i: number) => number): number {
  let sink = 0;
  let calls = 0;
  const warmUp = process.cpuUsage();
  while (cpuMicroseconds(warmUp) < WARM_UP_MS * 1000) sink += run(calls++);
  const perBatch = Math.max(1, Math.round((calls * BATCH_MS) / WARM_UP_MS));
  const samples: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const started = process.cpuUsage();
    for (let i = 0; i < perBatch; i++) sink += run(i);
    samples.push((cpuMicroseconds(started) * 1000) / perBatch);
  }
  // Keeps the calls from being optimised away.
  if (sink === 0) throw new Error('the benchmarked function returned nothing');
  return median(samples);
}

function perCall(ns: number): string {
  if (ns < 1000) return `${ns.toFixed(0)} ns`;
  return ns < 1_000_000 ? `${(ns / 1000).toFixed(1)} µs` : `${(ns / 1_000_000).toFixed(2)} ms`;
}

/** The calendar's cost inside workflow code: the default schedules and one business-day check, CPU time per call, warm. */
export async function benchCalendar(): Promise<Figure[]> {
  const command = 'npm run bench -- calendar';
  const roundPolicy = deadlineReminderPolicySchema.parse({});
  const dates = Array.from({ length: 730 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
  return [
    {
      name: "default consultation round's reminder schedule (deadlineReminderSchedule, 2026-11-02 to 2027-02-26), CPU time per call",
      value: perCall(timePerCall(() => deadlineReminderSchedule('2026-11-02', '2027-02-26', roundPolicy).length)),
      command,
    },
    {
      name: 'default expiry reminder schedule (expiryReminderSchedule, valid until 2026-12-31), CPU time per call',
      value: perCall(timePerCall(() => expiryReminderSchedule('2026-12-31', DEFAULT_EXPIRY_REMINDER_POLICY).length)),
      command,
    },
    {
      name: 'one business-day check (isBusinessDay, days of 2026–2027 in turn), CPU time per call',
      value: perCall(timePerCall((i) => (isBusinessDay(dates[i % dates.length]) ? 1 : 2))),
      command,
    },
  ];
}
