import { z } from 'zod';
import { Contact, contactSchema } from '../directory/contact';
import { firstBusinessDayOutside } from '../calendar/businessDays';
import { daysBetween, IsoDate, stockholmDate, stockholmInstant, timeOfDay } from '../calendar/dates';
import { dayNumberOf, daysInMonth, isoDateOf, yearOf } from '../calendar/dayNumbers';
import { listOf, MAX_PEOPLE, multiLine, required, singleLine } from '../fields';
import { guidelineIdSchema } from '../guideline/guideline';
import { OrganisationDirectory, placed, unknownContactOrganisations } from '../directory/organisation';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// A day missing from a common year does not come every year.
const COMMON_YEAR = 2025;

export const yearlyTaskIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, { error: 'must be lowercase letters, digits and hyphens (at most 60)' });

const numberFrom1To = (max: number, what: string) => {
  const error = `must be a ${what} number, 1 to ${max}`;
  // Aborting, so the check that the day exists in its month only sees numbers in range.
  return z.int({ error }).min(1, { error, abort: true }).max(max, { error, abort: true });
};

/** A day of the year that every year has. */
const monthDaySchema = z
  .strictObject({
    month: numberFrom1To(12, 'month'),
    day: numberFrom1To(31, 'day'),
  })
  .superRefine(({ month, day }, ctx) => {
    if (month === 2 && day === 29) {
      ctx.addIssue({
        code: 'custom',
        path: ['day'],
        message: '29 February comes only in leap years; a yearly task needs a day every year has, such as 28 February or 1 March',
      });
    } else if (day > daysInMonth(COMMON_YEAR, month)) {
      ctx.addIssue({ code: 'custom', path: ['day'], message: `${MONTH_NAMES[month - 1]} has no day ${day}` });
    }
  });
type MonthDay = z.infer<typeof monthDaySchema>;

const CATCHUP = /^(\d+) (hours?|days?)$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Milliseconds of a catch-up window written like '3 days' or '12 hours'. */
export function catchupWindowMs(window: string): number {
  const [, amount, unit] = CATCHUP.exec(window)!;
  return Number(amount) * (unit.startsWith('hour') ? HOUR_MS : DAY_MS);
}

/**
 * How long after its time a run the server missed (it was down) is still started. Days and hours only: a
 * yearly duration such as '1 year' would mean 365.25 days.
 */
const catchupWindowSchema = z
  .string()
  .regex(CATCHUP, { error: "must be a number of days or hours, such as '3 days'" })
  // zod runs this check after a failed regex too; a malformed window is already blamed once.
  .refine((w) => !CATCHUP.test(w) || (catchupWindowMs(w) >= HOUR_MS && catchupWindowMs(w) <= 30 * 24 * HOUR_MS), {
    error: 'must be from 1 hour to 30 days; a task missed for longer is better started by hand',
  });

export const yearlyTaskSchema = z
  .strictObject({
    id: yearlyTaskIdSchema,
    title: singleLine(200),
    description: multiLine(2000).min(1, required),
    guidelineId: guidelineIdSchema.optional(),
    owner: contactSchema,
    recipients: listOf(contactSchema, MAX_PEOPLE, 'recipients').default([]),
    on: monthDaySchema,
    // 02:00–02:59 is skipped when summer time begins and repeated when it ends; a Schedule would miss or double it.
    time: timeOfDay
      .refine((t) => !t.startsWith('02:'), {
        error: 'must not be between 02:00 and 03:00, an hour that daylight saving time skips or repeats',
      })
      .default('08:00'),
    /** The day the work must be done by, if any: the first such day after `on`, possibly in the next year. */
    dueBy: monthDaySchema.optional(),
    // Three days: a task due on a Friday morning still goes out on Monday after a weekend's outage.
    catchupWindow: catchupWindowSchema.default('3 days'),
  })
  .refine((t) => !t.dueBy || t.dueBy.month !== t.on.month || t.dueBy.day !== t.on.day, {
    path: ['dueBy'],
    error: 'must be a later day than on, leaving time to do the work',
  });
export type YearlyTask = z.infer<typeof yearlyTaskSchema>;
export type YearlyTaskInput = z.input<typeof yearlyTaskSchema>;

// Several tasks a month, for every body and guideline that has one.
const MAX_TASKS = 200;

/** The yearly tasks file: ids unique. */
export const yearlyTasksSchema = z
  .strictObject({ about: multiLine(4000).optional(), tasks: listOf(yearlyTaskSchema, MAX_TASKS, 'tasks') })
  .superRefine(({ tasks }, ctx) => {
    const seen = new Set<string>();
    tasks.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'id'], message: `duplicate id ${t.id}` });
      seen.add(t.id);
    });
  });
export type YearlyTasks = z.infer<typeof yearlyTasksSchema>;

/** Every contact whose organisation is not in the directory, named by its place in the file. */
export function unknownOrganisations(tasks: YearlyTask[], organisations: OrganisationDirectory): string[] {
  return unknownContactOrganisations(
    organisations,
    tasks.flatMap((t, i) => [[`tasks.${i}.owner`, t.owner] as const, ...placed(`tasks.${i}.recipients`, t.recipients)]),
  );
}

/** The owner first, then the other recipients, each address once. */
export function taskRecipients(task: YearlyTask): Contact[] {
  const seen = new Set<string>();
  return [task.owner, ...task.recipients].filter((c) => {
    const email = c.email.toLowerCase();
    if (seen.has(email)) return false;
    seen.add(email);
    return true;
  });
}

export interface YearlyOccurrence {
  year: number;
  /** The task's day this year, on which its Schedule fires. */
  date: IsoDate;
  /** The instant on that day at the task's time, in UTC. */
  at: string;
  /** The day the mail goes out: `date`, or the next business day when `date` is a day off. */
  sendsOn: IsoDate;
  /** The instant the mail goes out, in UTC: on `sendsOn` at the task's time. */
  sendsAt: string;
  dueDate?: IsoDate;
  /** Days from `date` to `dueDate`: the lead time the task gives. */
  leadDays?: number;
}

const dateIn = (year: number, { month, day }: MonthDay): IsoDate => isoDateOf(dayNumberOf(year, month, day));

/**
 * The task's occurrence in `year`. A task is mail to people at work, so one whose day is a day off (a Saturday,
 * Easter Sunday) goes out on the next business day at the same time; its Schedule still fires on the day itself.
 * Quiet periods do not move it: a task's day is chosen for that task, and one set in July is meant for July.
 */
export function occurrence(task: YearlyTask, year: number): YearlyOccurrence {
  const date = dateIn(year, task.on);
  const sendsOn = firstBusinessDayOutside(date, []);
  const sending = { year, date, at: stockholmInstant(date, task.time), sendsOn, sendsAt: stockholmInstant(sendsOn, task.time) };
  if (!task.dueBy) return sending;
  const sameYear = dateIn(year, task.dueBy);
  const dueDate = sameYear > date ? sameYear : dateIn(year + 1, task.dueBy);
  return { ...sending, dueDate, leadDays: daysBetween(date, dueDate) };
}

/**
 * The instant a run started at `epochMs` waits for before it mails: a run the Schedule starts on a day off waits
 * for the business day. A run started before the task's day (a trigger by hand) or after its sending instant (a
 * catch-up) mails at once.
 */
export function sendingWait(occurs: YearlyOccurrence, epochMs: number): string | undefined {
  return epochMs >= Date.parse(occurs.at) && epochMs < Date.parse(occurs.sendsAt) ? occurs.sendsAt : undefined;
}

/**
 * The year whose occurrence a run started at `epochMs` carries out: the Stockholm year, except that a run
 * within the catch-up window after last year's occurrence (a task of 31 December caught up on 2 January)
 * still belongs to last year.
 */
export function occurrenceYearAt(task: YearlyTask, epochMs: number): number {
  const year = yearOf(stockholmDate(epochMs));
  const previous = occurrence(task, year - 1);
  return epochMs <= Date.parse(previous.at) + catchupWindowMs(task.catchupWindow) ? year - 1 : year;
}
