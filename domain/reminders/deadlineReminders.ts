import { firstBusinessDayOutside, lastBusinessDayOutside, QuietPeriod, subtractBusinessDays } from '../calendar/businessDays';
import type { DeadlineReminderPolicy } from '../consultation/consultation';
import { addDays, IsoDate, stockholmInstant } from '../calendar/dates';
import { expiryInstant } from './expiryReminders';

export interface ScheduledDeadlineReminder {
  /** The policy's offset that produced this reminder. */
  businessDaysBefore: number;
  /** The Stockholm date it is sent on, after moving out of quiet periods. */
  date: IsoDate;
  /** The UTC instant it is sent at. */
  at: string;
}

/**
 * The reminders before an answer deadline (the deadline in force), earliest first. Only days strictly between the opening and the
 * deadline count: a reminder before the invitation, or on the last day itself, would only confuse.
 * Two offsets that land on the same day give one reminder, labelled with the larger offset.
 */
export function deadlineReminderSchedule(opensOn: IsoDate, deadline: IsoDate, policy: DeadlineReminderPolicy): ScheduledDeadlineReminder[] {
  const byDate = new Map<IsoDate, ScheduledDeadlineReminder>();
  for (const businessDaysBefore of [...policy.businessDaysBefore].sort((a, b) => b - a)) {
    const date = lastBusinessDayOutside(subtractBusinessDays(deadline, businessDaysBefore), policy.quietPeriods);
    if (date > opensOn && date < deadline && !byDate.has(date)) {
      byDate.set(date, { businessDaysBefore, date, at: stockholmInstant(date, policy.sendAt) });
    }
  }
  return [...byDate.values()].sort((a, b) => a.at.localeCompare(b.at));
}

/** Answers are due by the end of the deadline day: midnight in Stockholm after it. */
export function answerDeadlineInstant(deadline: IsoDate): string {
  return expiryInstant(deadline);
}

/** When the invitations go out: the opening day at the policy's sending time. */
export function openingInstant(opensOn: IsoDate, sendAt: string): string {
  return stockholmInstant(opensOn, sendAt);
}

/**
 * When mail that reports on a deadline goes out (who answered, who confirmed): the first business day outside the
 * quiet periods after the deadline day, at the sending time. The deadline itself passes at midnight; its report
 * waits for a day someone reads it.
 */
export function reportInstant(deadline: IsoDate, policy: { sendAt: string; quietPeriods: readonly QuietPeriod[] }): string {
  return stockholmInstant(firstBusinessDayOutside(addDays(deadline, 1), policy.quietPeriods), policy.sendAt);
}
