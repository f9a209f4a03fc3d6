import { z } from 'zod';
import { JULY, lastBusinessDayOutside, quietPeriodsSchema } from '../calendar/businessDays';
import { IsoDate, addDays, daysBetween, stockholmInstant, timeOfDay } from '../calendar/dates';
import { listOf, MAX_REMINDERS } from '../fields';

/** Reminder offsets in calendar days, up to ten years ahead. */
export const daysBeforeSchema = listOf(
  z.int().min(0, { error: 'cannot be negative' }).max(3650, { error: 'must be at most 3650 (ten years)' }),
  MAX_REMINDERS,
  'reminders',
).min(1, { error: 'needs at least one reminder' });

/**
 * When the owner of a guideline hears that its validity is running out.
 * `previous-business-day` moves a reminder that falls on a weekend, a holiday or in a quiet period to
 * the last business day before it outside every quiet period: nobody reads mail on Midsummer Eve or in July.
 * `exact-day` sends on the nominal day whatever it is.
 */
export const expiryReminderPolicySchema = z.strictObject({
  daysBefore: daysBeforeSchema.default([180, 90, 30]),
  sendAt: timeOfDay.default('08:00'),
  onNonBusinessDay: z.enum(['previous-business-day', 'exact-day']).default('previous-business-day'),
  quietPeriods: quietPeriodsSchema.default([JULY]),
});
export type ExpiryReminderPolicy = z.infer<typeof expiryReminderPolicySchema>;
export const DEFAULT_EXPIRY_REMINDER_POLICY: ExpiryReminderPolicy = expiryReminderPolicySchema.parse({});

export interface ScheduledReminder {
  /** The policy's offset that produced this reminder. */
  daysBefore: number;
  /** The Stockholm date it is sent on, after moving off non-business days. */
  date: IsoDate;
  /** Days from the sending date to the last valid day: what the message says, after any move. */
  daysLeft: number;
  /** The UTC instant it is sent at. */
  at: string;
}

function sendingDay(nominal: IsoDate, policy: ExpiryReminderPolicy): IsoDate {
  return policy.onNonBusinessDay === 'exact-day' ? nominal : lastBusinessDayOutside(nominal, policy.quietPeriods);
}

/**
 * The reminders for a validity period ending on `validUntil` (its last valid day), earliest first.
 * Two offsets that land on the same day give one reminder, labelled with the larger offset.
 */
export function expiryReminderSchedule(validUntil: IsoDate, policy: ExpiryReminderPolicy): ScheduledReminder[] {
  const byDate = new Map<IsoDate, ScheduledReminder>();
  for (const daysBefore of [...policy.daysBefore].sort((a, b) => b - a)) {
    const date = sendingDay(addDays(validUntil, -daysBefore), policy);
    if (!byDate.has(date)) {
      byDate.set(date, { daysBefore, date, daysLeft: daysBetween(date, validUntil), at: stockholmInstant(date, policy.sendAt) });
    }
  }
  return [...byDate.values()].sort((a, b) => a.at.localeCompare(b.at));
}

/** Validity ends when the last valid day is over: midnight in Stockholm after `validUntil`. */
export function expiryInstant(validUntil: IsoDate): string {
  return stockholmInstant(addDays(validUntil, 1));
}
