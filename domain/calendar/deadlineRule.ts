import { z } from 'zod';
import { firstBusinessDayOutside, lastBusinessDayOutside } from './businessDays';
import type { IsoDate } from './dates';

/**
 * What a last day that falls on a day off (a Saturday, a Sunday, a public holiday, Midsummer Eve, Christmas Eve or
 * New Year's Eve) becomes. `next-business-day` follows the Swedish law on calculating statutory time limits
 * (lag (1930:173) om beräkning av lagstadgad tid): the last day moves to the next business day.
 * `previous-business-day` moves it back to the business day before, and `keep` leaves it where it was given.
 */
export const deadlineRuleSchema = z.enum(['next-business-day', 'previous-business-day', 'keep']);
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;
export const DEFAULT_DEADLINE_RULE: DeadlineRule = 'next-business-day';

/**
 * The last day in force for a last day given as `given`: the one date that reminders, calendar files, late answers,
 * summaries and mail texts all go by. Quiet periods do not move a deadline, days off do.
 */
export function deadlineInForce(given: IsoDate, rule: DeadlineRule): IsoDate {
  switch (rule) {
    case 'keep':
      return given;
    case 'previous-business-day':
      return lastBusinessDayOutside(given, []);
    case 'next-business-day':
      return firstBusinessDayOutside(given, []);
  }
}

/** A deadline as a mail states it: the day in force, and the day it was given as when the rule moved it. */
export interface StatedDeadline {
  deadline: IsoDate;
  movedFrom?: IsoDate;
}

export function statedDeadline(given: IsoDate, rule: DeadlineRule): StatedDeadline {
  const deadline = deadlineInForce(given, rule);
  return deadline === given ? { deadline } : { deadline, movedFrom: given };
}
