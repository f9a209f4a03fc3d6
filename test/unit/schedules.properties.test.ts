import fc from 'fast-check';
import { firstBusinessDayOutside, isBusinessDay, lastBusinessDayOutside } from '../../domain/calendar/businessDays';
import { addDays, addMonths, daysBetween, stockholmDate, stockholmInstant } from '../../domain/calendar/dates';
import { deadlineInForce, deadlineRuleSchema } from '../../domain/calendar/deadlineRule';
import { commissionReminderPolicySchema, commissionSchedule } from '../../domain/commission/commission';
import { deadlineReminderPolicySchema } from '../../domain/consultation/consultation';
import { nextRoundEvent, pendingReminders, RoundSchedule } from '../../domain/consultation/round';
import { afterAdoptionSchema, followUpWindow } from '../../domain/followUp/survey';
import { documentPolicySchema, meetingSchedule } from '../../domain/meeting/meeting';
import { principalReminderPolicySchema, principalReminderSchedule } from '../../domain/meeting/principals';
import { deadlineReminderSchedule, reportInstant } from '../../domain/reminders/deadlineReminders';
import { expiryReminderPolicySchema, expiryReminderSchedule } from '../../domain/reminders/expiryReminders';
import { occurrence, sendingWait, yearlyTaskSchema } from '../../domain/yearlyTask/yearlyTask';
import {
  businessDaysAfter,
  businessDaysBefore,
  date,
  dateBetween,
  days,
  outside,
  quietPeriods,
  strictlyAscending,
  timeOfDay,
} from '../support/scheduleArbitraries';

/*
 * The documented invariants of every schedule function in domain/, over inputs their schemas accept: each input is
 * generated, then parsed by its schema, and only what the schema accepts is used. Runs are bounded, so the suite
 * takes seconds; each property fails with the smallest input that breaks it.
 */
const RUNS = { numRuns: 150 };

/** Generates raw input and keeps what `schema` accepts, parsed. */
const accepted = <T>(schema: { safeParse: (x: unknown) => { success: boolean; data?: T } }, raw: fc.Arbitrary<unknown>) =>
  raw
    .map((x) => schema.safeParse(x))
    .filter((r) => r.success)
    .map((r) => r.data as T);

const offsets = (min: number, max: number) => fc.array(fc.integer({ min, max }), { minLength: 1, maxLength: 6 });

const expiryPolicy = accepted(
  expiryReminderPolicySchema,
  fc.record({
    daysBefore: offsets(0, 3650),
    sendAt: timeOfDay,
    onNonBusinessDay: fc.constantFrom('previous-business-day', 'exact-day'),
    quietPeriods,
  }),
);
const deadlinePolicy = accepted(
  deadlineReminderPolicySchema,
  fc.record({ businessDaysBefore: offsets(1, 250), sendAt: timeOfDay, quietPeriods }),
);
const documentPolicy = accepted(
  documentPolicySchema,
  fc.record({
    documentDeadlineBusinessDays: fc.integer({ min: 1, max: 60 }),
    presenterRemindersBusinessDaysBefore: offsets(1, 30),
    sendAt: timeOfDay,
    quietPeriods,
  }),
);
const principalPolicy = accepted(
  principalReminderPolicySchema,
  fc.record({ businessDaysAfter: offsets(1, 250), sendAt: timeOfDay, quietPeriods }),
);
const commissionPolicy = accepted(
  commissionReminderPolicySchema,
  fc.record({
    businessDaysBefore: offsets(1, 60),
    sendAt: timeOfDay,
    quietPeriods,
    escalateBusinessDaysAfter: fc.integer({ min: 1, max: 20 }),
  }),
);

/** Every reminder lands on a business day outside the quiet periods, earliest first, no two on one day. */
const wellPlaced = (reminders: ReadonlyArray<{ date: string; at: string }>, periods: Parameters<typeof outside>[1]) =>
  reminders.every((r) => outside(r.date, periods)) &&
  strictlyAscending(reminders.map((r) => r.date)) &&
  strictlyAscending(reminders.map((r) => r.at));

describe('firstBusinessDayOutside', () => {
  test('returns, never throws: a business day outside every quiet period, not before its input, the closest such, within 200 days', () => {
    fc.assert(
      fc.property(date, quietPeriods, (d, periods) => {
        const result = firstBusinessDayOutside(d, periods);
        if (result < d || result > addDays(d, 200) || !outside(result, periods)) return false;
        for (const day of days(d, addDays(result, -1))) if (outside(day, periods)) return false;
        return true;
      }),
      RUNS,
    );
  });
});

describe('deadlineInForce', () => {
  const rule = fc.constantFrom(...deadlineRuleSchema.options);

  test('next-business-day is the first business day on or after the given day; previous-business-day the last on or before; keep the day itself', () => {
    fc.assert(
      fc.property(date, (given) => {
        const next = deadlineInForce(given, 'next-business-day');
        const previous = deadlineInForce(given, 'previous-business-day');
        const noneBetween = (from: string, to: string) => [...days(from, to)].every((d) => !isBusinessDay(d));
        return (
          isBusinessDay(next) &&
          next >= given &&
          noneBetween(given, addDays(next, -1)) &&
          isBusinessDay(previous) &&
          previous <= given &&
          noneBetween(addDays(previous, 1), given) &&
          deadlineInForce(given, 'keep') === given
        );
      }),
      RUNS,
    );
  });

  test('a deadline on a business day stays where it is under every rule, quiet period or not; a day off moves at most 5 days', () => {
    fc.assert(
      fc.property(date, rule, (given, r) => {
        const inForce = deadlineInForce(given, r);
        return isBusinessDay(given) ? inForce === given : Math.abs(daysBetween(given, inForce)) <= 5;
      }),
      RUNS,
    );
  });
});

describe('expiryReminderSchedule', () => {
  test('previous-business-day: reminders on business days outside quiet periods, never after the last valid day, earliest first, no two on one day', () => {
    fc.assert(
      fc.property(date, expiryPolicy, (validUntil, policy) => {
        const reminders = expiryReminderSchedule(validUntil, policy);
        if (policy.onNonBusinessDay === 'exact-day') return true;
        return wellPlaced(reminders, policy.quietPeriods) && reminders.every((r) => r.date <= validUntil);
      }),
      RUNS,
    );
  });

  test('previous-business-day: each reminder is the closest such day on or before its nominal day, and every offset has one', () => {
    fc.assert(
      fc.property(date, expiryPolicy, (validUntil, policy) => {
        const reminders = expiryReminderSchedule(validUntil, { ...policy, onNonBusinessDay: 'previous-business-day' });
        const moved = policy.daysBefore.map((n) => lastBusinessDayOutside(addDays(validUntil, -n), policy.quietPeriods));
        return (
          reminders.every((r) => r.date === lastBusinessDayOutside(addDays(validUntil, -r.daysBefore), policy.quietPeriods)) &&
          new Set(moved).size === reminders.length
        );
      }),
      RUNS,
    );
  });

  test('exact-day: each reminder on the day its offset names; daysLeft counts from the sending day to the last valid day', () => {
    fc.assert(
      fc.property(date, expiryPolicy, (validUntil, policy) => {
        const reminders = expiryReminderSchedule(validUntil, { ...policy, onNonBusinessDay: 'exact-day' });
        return (
          reminders.every((r) => r.date === addDays(validUntil, -r.daysBefore) && r.daysLeft === daysBetween(r.date, validUntil)) &&
          strictlyAscending(reminders.map((r) => r.date))
        );
      }),
      RUNS,
    );
  });
});

describe('deadlineReminderSchedule', () => {
  const round = fc
    .tuple(date, fc.integer({ min: 1, max: 400 }))
    .map(([opensOn, length]) => ({ opensOn, deadline: addDays(opensOn, length) }));

  test('reminders on business days outside quiet periods, strictly after the opening and before the deadline, earliest first, no two on one day', () => {
    fc.assert(
      fc.property(round, deadlinePolicy, ({ opensOn, deadline }, policy) => {
        const reminders = deadlineReminderSchedule(opensOn, deadline, policy);
        return wellPlaced(reminders, policy.quietPeriods) && reminders.every((r) => r.date > opensOn && r.date < deadline);
      }),
      RUNS,
    );
  });

  test('each reminder is the last business day outside quiet periods on or before its offset’s business day; every offset landing inside the round has one', () => {
    fc.assert(
      fc.property(round, deadlinePolicy, ({ opensOn, deadline }, policy) => {
        const reminders = deadlineReminderSchedule(opensOn, deadline, policy);
        const dayOf = (n: number) => lastBusinessDayOutside(businessDaysBefore(deadline, n), policy.quietPeriods);
        const inside = new Set(policy.businessDaysBefore.map(dayOf).filter((d) => d > opensOn && d < deadline));
        return reminders.every((r) => r.date === dayOf(r.businessDaysBefore)) && inside.size === reminders.length;
      }),
      RUNS,
    );
  });

  test('a report on a deadline goes out on the first business day outside quiet periods after the deadline day, at the sending time', () => {
    fc.assert(
      fc.property(date, deadlinePolicy, (deadline, policy) => {
        const at = reportInstant(deadline, policy);
        const day = stockholmDate(Date.parse(at));
        return (
          day > deadline &&
          at === stockholmInstant(day, policy.sendAt) &&
          day === firstBusinessDayOutside(addDays(deadline, 1), policy.quietPeriods)
        );
      }),
      RUNS,
    );
  });
});

describe('a consultation round’s events under its deadline rule', () => {
  const schedule = fc
    .tuple(date, fc.integer({ min: 1, max: 400 }), deadlinePolicy, fc.constantFrom(...deadlineRuleSchema.options))
    .map(([opensOn, length, reminderPolicy, deadlineRule]): RoundSchedule => ({
      opensOn,
      deadline: addDays(opensOn, length),
      deadlineRule,
      reminderPolicy,
      scheduleFrom: stockholmInstant(opensOn),
      sentReminders: [],
    }));

  test('reminders before the deadline in force; the deadline passes at the end of the day in force; the summary follows on a business morning outside quiet periods', () => {
    fc.assert(
      fc.property(schedule, (s) => {
        const inForce = deadlineInForce(s.deadline, s.deadlineRule);
        const reminders = pendingReminders(s);
        const sent = { ...s, sentReminders: reminders.map((r) => r.at) };
        const passing = nextRoundEvent({ status: 'open' }, sent);
        const summary = nextRoundEvent({ status: 'deadline-passed', summaryDue: true }, s);
        return (
          reminders.every((r) => r.date < inForce) &&
          passing?.kind === 'deadline' &&
          passing.at === stockholmInstant(addDays(inForce, 1)) &&
          summary?.kind === 'summary' &&
          summary.at === reportInstant(inForce, s.reminderPolicy) &&
          nextRoundEvent({ status: 'deadline-passed', summaryDue: false }, s) === undefined
        );
      }),
      RUNS,
    );
  });
});

describe('meetingSchedule', () => {
  const meetingDay = date.filter(isBusinessDay);

  test('the document deadline is the policy’s business days before the meeting; the agenda after it on a business day, never after the meeting starts', () => {
    fc.assert(
      fc.property(meetingDay, timeOfDay, documentPolicy, (day, startsAt, policy) => {
        const s = meetingSchedule(day, startsAt, policy);
        return (
          s.documentDeadline === businessDaysBefore(day, policy.documentDeadlineBusinessDays) &&
          isBusinessDay(s.agendaPublishedOn) &&
          s.agendaPublishedOn > s.documentDeadline &&
          s.agendaPublishedOn <= day &&
          s.agendaPublishedAt <= s.startsAt &&
          s.startsAt === stockholmInstant(day, startsAt)
        );
      }),
      RUNS,
    );
  });

  test('the agenda goes on the first business day after the deadline outside quiet periods, when one comes before the meeting day; else on the first business day after it', () => {
    fc.assert(
      fc.property(meetingDay, timeOfDay, documentPolicy, (day, startsAt, policy) => {
        const s = meetingSchedule(day, startsAt, policy);
        const firstAfter = businessDaysAfter(s.documentDeadline, 1);
        const firstOutside = [...days(firstAfter, addDays(day, -1))].find((d) => outside(d, policy.quietPeriods));
        return s.agendaPublishedOn === (firstOutside ?? firstAfter);
      }),
      RUNS,
    );
  });

  test('presenter reminders on business days outside quiet periods, before the document deadline, earliest first, no two on one day, each the closest to its offset’s day', () => {
    fc.assert(
      fc.property(meetingDay, timeOfDay, documentPolicy, (day, startsAt, policy) => {
        const s = meetingSchedule(day, startsAt, policy);
        const dayOf = (n: number) => lastBusinessDayOutside(businessDaysBefore(s.documentDeadline, n), policy.quietPeriods);
        return (
          wellPlaced(s.presenterReminders, policy.quietPeriods) &&
          s.presenterReminders.every((r) => r.date < s.documentDeadline && r.date === dayOf(r.businessDaysBefore)) &&
          new Set(policy.presenterRemindersBusinessDaysBefore.map(dayOf)).size === s.presenterReminders.length
        );
      }),
      RUNS,
    );
  });
});

describe('principalReminderSchedule', () => {
  test('reminders after decideBy on business days outside quiet periods, earliest first, no two on one day, each the first such day on or after its offset’s business day', () => {
    fc.assert(
      fc.property(date, principalPolicy, (decideBy, policy) => {
        const reminders = principalReminderSchedule(decideBy, policy);
        const dayOf = (n: number) => firstBusinessDayOutside(businessDaysAfter(decideBy, n), policy.quietPeriods);
        const expected = [...new Set(policy.businessDaysAfter.map(dayOf))].sort();
        return (
          wellPlaced(reminders, policy.quietPeriods) &&
          reminders.every((r) => r.date > decideBy && r.at === stockholmInstant(r.date, policy.sendAt)) &&
          reminders.map((r) => r.date).join() === expected.join()
        );
      }),
      RUNS,
    );
  });
});

describe('commissionSchedule', () => {
  const commission = fc
    .tuple(date, fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 4 }))
    .map(([commissionedOn, gaps]) => {
      let due = commissionedOn;
      return { commissionedOn, milestones: gaps.map((gap, i) => ({ id: `m${i}`, due: (due = addDays(due, gap)) })) };
    });

  test('reminders strictly between the commissioning and the due date, escalations after the due date, all on business days outside quiet periods, in time order', () => {
    fc.assert(
      fc.property(commission, commissionPolicy, ({ commissionedOn, milestones }, policy) => {
        const events = commissionSchedule(commissionedOn, milestones, policy);
        const dueOf = new Map(milestones.map((m) => [m.id, m.due]));
        const inOrder = events.every((e, i) => i === 0 || events[i - 1].at <= e.at);
        return (
          inOrder &&
          events.every((e) => outside(e.date, policy.quietPeriods)) &&
          events.every((e) =>
            e.kind === 'reminder' ? e.date > commissionedOn && e.date < dueOf.get(e.milestoneId)! : e.date > dueOf.get(e.milestoneId)!,
          ) &&
          milestones.every((m) => events.filter((e) => e.kind === 'escalation' && e.milestoneId === m.id).length === 1)
        );
      }),
      RUNS,
    );
  });

  test('an escalation goes on the first business day outside quiet periods on or after the policy’s business days after the due date', () => {
    fc.assert(
      fc.property(commission, commissionPolicy, ({ commissionedOn, milestones }, policy) => {
        const events = commissionSchedule(commissionedOn, milestones, policy).filter((e) => e.kind === 'escalation');
        return milestones.every(
          (m) =>
            events.find((e) => e.milestoneId === m.id)!.date ===
            firstBusinessDayOutside(businessDaysAfter(m.due, policy.escalateBusinessDaysAfter), policy.quietPeriods),
        );
      }),
      RUNS,
    );
  });
});

describe('followUpWindow', () => {
  const after = accepted(
    afterAdoptionSchema,
    fc.record({ months: fc.integer({ min: 1, max: 240 }), openForDays: fc.integer({ min: 7, max: 180 }) }),
  );

  test('opens on the first business day on or after the months have passed, and closes on the last business day of the window, after the opening', () => {
    fc.assert(
      fc.property(dateBetween('2001-01-01', '2178-12-31'), after, (validFrom, a) => {
        const { opensOn, closesOn } = followUpWindow(validFrom, a);
        const due = addMonths(validFrom, a.months);
        const windowEnd = addDays(opensOn, a.openForDays);
        return (
          isBusinessDay(opensOn) &&
          opensOn >= due &&
          [...days(due, addDays(opensOn, -1))].every((d) => !isBusinessDay(d)) &&
          isBusinessDay(closesOn) &&
          closesOn > opensOn &&
          closesOn <= windowEnd &&
          [...days(addDays(closesOn, 1), windowEnd)].every((d) => !isBusinessDay(d))
        );
      }),
      RUNS,
    );
  });
});

describe('yearly occurrence', () => {
  const monthDay = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([month, day]) => ({ month, day }));
  const task = accepted(
    yearlyTaskSchema,
    fc.record({
      id: fc.constant('task'),
      title: fc.constant('Årlig uppgift'),
      description: fc.constant('Något som görs varje år.'),
      owner: fc.constant({ name: 'Anna', email: 'anna@vgr.example', organisationId: 'vgr', role: 'ägare' }),
      on: monthDay,
      time: timeOfDay,
      dueBy: fc.option(monthDay, { nil: undefined }),
    }),
  );
  const year = fc.integer({ min: 2001, max: 2198 });

  test('fires on its day at its time; mails on the first business day on or after it, at the same time; a due day follows within a year', () => {
    fc.assert(
      fc.property(task, year, (t, y) => {
        const o = occurrence(t, y);
        const dueOk =
          o.dueDate === undefined ||
          (o.dueDate > o.date && daysBetween(o.date, o.dueDate) <= 366 && o.leadDays === daysBetween(o.date, o.dueDate));
        return (
          o.date.startsWith(`${y}-`) &&
          o.at === stockholmInstant(o.date, t.time) &&
          o.sendsOn === firstBusinessDayOutside(o.date, []) &&
          isBusinessDay(o.sendsOn) &&
          o.sendsAt === stockholmInstant(o.sendsOn, t.time) &&
          o.sendsAt >= o.at &&
          dueOk
        );
      }),
      RUNS,
    );
  });

  test('a run waits only between the Schedule’s instant and the sending instant, and then until the sending instant', () => {
    fc.assert(
      fc.property(task, year, fc.integer({ min: -10 * 86_400_000, max: 10 * 86_400_000 }), (t, y, offsetMs) => {
        const o = occurrence(t, y);
        const startedAt = Date.parse(o.at) + offsetMs;
        const wait = sendingWait(o, startedAt);
        const inside = startedAt >= Date.parse(o.at) && startedAt < Date.parse(o.sendsAt);
        return inside ? wait === o.sendsAt : wait === undefined;
      }),
      RUNS,
    );
  });
});
