import fc from 'fast-check';
import { z } from 'zod';
import { lastBusinessDayOutside, quietPeriodSchema, quietPeriodsSchema } from '../../domain/calendar/businessDays';
import { FIRST_YEAR, LAST_YEAR } from '../../domain/calendar/dates';
import {
  commissionInputSchema,
  commissionReminderPolicySchema,
  commissionSchedule,
  completeCommissionSchema,
  completeMilestoneSchema,
  milestoneSchema,
  moveMilestoneSchema,
  reportBackSchema,
} from '../../domain/commission/commission';
import {
  addRecipientSchema,
  closeRoundSchema,
  consultationDocumentSchema,
  consultationRequestSchema,
  consultationRoundInputSchema,
  consultationStartSchema,
  deadlineReminderPolicySchema,
  extendDeadlineSchema,
  recipientGroupSchema,
  recipientSchema,
  recordResponseSchema,
  withdrawRecipientSchema,
} from '../../domain/consultation/consultation';
import { nextRoundEvent } from '../../domain/consultation/round';
import { contactSchema } from '../../domain/directory/contact';
import { organisationDirectorySchema, organisationSchema } from '../../domain/directory/organisation';
import { contactDirectorySchema } from '../../domain/directory/recipients';
import {
  confirmImplementationSchema,
  implementationPlanSchema,
  implementationReminderPolicySchema,
  implementationRequestSchema,
} from '../../domain/followUp/implementation';
import {
  afterAdoptionRequestSchema,
  afterAdoptionSchema,
  followUpPlanSchema,
  followUpRequestSchema,
  followUpWindow,
  moveSurveySchema,
  submitPartSchema,
  surveyPartSchema,
} from '../../domain/followUp/survey';
import { adoptSchema, draftGuidelineSchema, extendValiditySchema, guidelineSchema, retireSchema } from '../../domain/guideline/guideline';
import { bodyDirectorySchema } from '../../domain/meeting/bodies';
import { decisionSchema } from '../../domain/meeting/decision';
import {
  agendaItemSchema,
  documentPolicySchema,
  itemSubjectSchema,
  meetingCalendarSchema,
  meetingDocumentSchema,
  meetingEvents,
  meetingInputSchema,
  meetingSchedule,
  submitDocumentsSchema,
} from '../../domain/meeting/meeting';
import {
  closeTrackingSchema,
  principalAdoptionInputSchema,
  principalDecisionSchema,
  principalReminderPolicySchema,
  principalReminderSchedule,
} from '../../domain/meeting/principals';
import { deadlineReminderSchedule } from '../../domain/reminders/deadlineReminders';
import { expiryReminderPolicySchema, expiryReminderSchedule } from '../../domain/reminders/expiryReminders';
import { describeIssues } from '../../domain/validation';
import { occurrence, yearlyTaskSchema, yearlyTasksSchema } from '../../domain/yearlyTask/yearlyTask';
import * as arb from '../support/schemaArbitraries';

/*
 * Every schema of the domain, with an arbitrary of inputs it accepts and, where its area has them, the schedule
 * functions its parsed value feeds. The invariants below hold for each; runs are bounded so the file takes seconds.
 */
const RUNS = { numRuns: 25 };

interface SchemaCase {
  name: string;
  schema: z.ZodType;
  input: fc.Arbitrary<unknown>;
  /** The schedule functions of its area, given the parsed value; they must return, never throw. */
  schedule?: (parsed: never) => unknown;
}

/** A request timed from the adoption, as the client parses it: the window's dates, then the request itself. */
const afterAdoptionRequest = afterAdoptionRequestSchema
  .transform(({ afterAdoption, ...request }) => ({ ...request, ...followUpWindow('2030-02-28', afterAdoption) }))
  // The window's dates are strings as the request's schema takes them in.
  .pipe(z.any().pipe(followUpRequestSchema));

const cases: SchemaCase[] = [
  { name: 'contactSchema', schema: contactSchema, input: arb.contact },
  { name: 'organisationSchema', schema: organisationSchema, input: arb.organisation },
  { name: 'organisationDirectorySchema', schema: organisationDirectorySchema, input: arb.organisationDirectory },
  { name: 'contactDirectorySchema', schema: contactDirectorySchema, input: arb.contactDirectory },
  { name: 'bodyDirectorySchema', schema: bodyDirectorySchema, input: arb.bodyDirectory },
  {
    name: 'quietPeriodsSchema',
    schema: quietPeriodsSchema,
    input: arb.quietPeriods,
    schedule: (periods: z.infer<typeof quietPeriodsSchema>) => lastBusinessDayOutside('2031-07-15', periods),
  },
  { name: 'quietPeriodSchema', schema: quietPeriodSchema, input: arb.quietPeriods.filter((p) => p.length > 0).map((p) => p[0]) },
  {
    name: 'deadlineReminderPolicySchema',
    schema: deadlineReminderPolicySchema,
    input: arb.deadlineReminderPolicy,
    schedule: (policy: z.infer<typeof deadlineReminderPolicySchema>) => deadlineReminderSchedule('2030-01-07', '2031-03-31', policy),
  },
  {
    name: 'expiryReminderPolicySchema',
    schema: expiryReminderPolicySchema,
    input: arb.expiryReminderPolicy,
    schedule: (policy: z.infer<typeof expiryReminderPolicySchema>) => expiryReminderSchedule('2031-12-31', policy),
  },
  { name: 'consultationDocumentSchema', schema: consultationDocumentSchema, input: arb.consultationDocument },
  { name: 'recipientGroupSchema', schema: recipientGroupSchema, input: arb.recipientGroup },
  { name: 'recipientSchema', schema: recipientSchema, input: arb.recipient },
  {
    name: 'consultationRequestSchema',
    schema: consultationRequestSchema,
    input: arb.consultationRequest,
    schedule: (r: z.infer<typeof consultationRequestSchema>) => deadlineReminderSchedule(r.opensOn, r.deadline, r.reminderPolicy),
  },
  {
    name: 'consultationStartSchema',
    schema: consultationStartSchema,
    input: arb.consultationStart,
    schedule: (r: z.infer<typeof consultationStartSchema>) => {
      const schedule = { ...r, scheduleFrom: '2000-01-01T00:00:00.000Z', sentReminders: [] };
      return [nextRoundEvent({ status: 'scheduled' }, schedule), nextRoundEvent({ status: 'open' }, schedule)];
    },
  },
  { name: 'consultationRoundInputSchema', schema: consultationRoundInputSchema, input: arb.consultationRoundInput },
  { name: 'recordResponseSchema', schema: recordResponseSchema, input: arb.recordResponse },
  { name: 'extendDeadlineSchema', schema: extendDeadlineSchema, input: arb.extendDeadline },
  { name: 'addRecipientSchema', schema: addRecipientSchema, input: arb.addRecipient },
  { name: 'withdrawRecipientSchema', schema: withdrawRecipientSchema, input: arb.withdrawRecipient },
  { name: 'closeRoundSchema', schema: closeRoundSchema, input: arb.closeRound },
  { name: 'draftGuidelineSchema', schema: draftGuidelineSchema, input: arb.draftGuideline },
  {
    name: 'guidelineSchema',
    schema: guidelineSchema,
    input: arb.guideline,
    schedule: (g: z.infer<typeof guidelineSchema>) => expiryReminderSchedule(g.validUntil, g.reminderPolicy),
  },
  { name: 'adoptSchema', schema: adoptSchema, input: arb.adopt },
  { name: 'extendValiditySchema', schema: extendValiditySchema, input: arb.extendValidity },
  { name: 'retireSchema', schema: retireSchema, input: arb.retire },
  { name: 'implementationReminderPolicySchema', schema: implementationReminderPolicySchema, input: arb.implementationReminderPolicy },
  { name: 'implementationRequestSchema', schema: implementationRequestSchema, input: arb.implementationRequest },
  {
    name: 'implementationPlanSchema',
    schema: implementationPlanSchema,
    input: arb.implementationPlan,
    schedule: (p: z.infer<typeof implementationPlanSchema>) => expiryReminderSchedule(p.deadline, p.reminderPolicy),
  },
  { name: 'confirmImplementationSchema', schema: confirmImplementationSchema, input: arb.confirmImplementation },
  { name: 'surveyPartSchema', schema: surveyPartSchema, input: arb.surveyPart },
  {
    name: 'afterAdoptionSchema',
    schema: afterAdoptionSchema,
    input: arb.afterAdoption,
    schedule: (after: z.infer<typeof afterAdoptionSchema>) => followUpWindow('2030-02-28', after),
  },
  { name: 'afterAdoptionRequestSchema, then followUpRequestSchema', schema: afterAdoptionRequest, input: arb.afterAdoptionRequest },
  { name: 'followUpRequestSchema', schema: followUpRequestSchema, input: arb.followUpRequest },
  {
    name: 'followUpPlanSchema',
    schema: followUpPlanSchema,
    input: arb.followUpPlan,
    schedule: (p: z.infer<typeof followUpPlanSchema>) => deadlineReminderSchedule(p.opensOn, p.closesOn, p.reminderPolicy),
  },
  { name: 'moveSurveySchema', schema: moveSurveySchema, input: arb.moveSurvey },
  { name: 'submitPartSchema', schema: submitPartSchema, input: arb.submitPart },
  { name: 'itemSubjectSchema', schema: itemSubjectSchema, input: arb.itemSubject },
  { name: 'meetingDocumentSchema', schema: meetingDocumentSchema, input: arb.meetingDocument },
  { name: 'agendaItemSchema', schema: agendaItemSchema, input: arb.agendaItem },
  { name: 'submitDocumentsSchema', schema: submitDocumentsSchema, input: arb.submitDocuments },
  {
    name: 'documentPolicySchema',
    schema: documentPolicySchema,
    input: arb.documentPolicy,
    schedule: (policy: z.infer<typeof documentPolicySchema>) => meetingSchedule('2031-03-12', '09:00', policy),
  },
  { name: 'meetingCalendarSchema', schema: meetingCalendarSchema, input: arb.meetingCalendar },
  {
    name: 'meetingInputSchema',
    schema: meetingInputSchema,
    input: arb.meetingInput,
    schedule: (m: z.infer<typeof meetingInputSchema>) =>
      meetingEvents(meetingSchedule(m.date, m.startsAt, m.documentPolicy), '2000-01-01T00:00:00.000Z'),
  },
  { name: 'decisionSchema', schema: decisionSchema, input: arb.decision },
  { name: 'principalReminderPolicySchema', schema: principalReminderPolicySchema, input: arb.principalReminderPolicy },
  {
    name: 'principalAdoptionInputSchema',
    schema: principalAdoptionInputSchema,
    input: arb.principalAdoptionInput,
    schedule: (p: z.infer<typeof principalAdoptionInputSchema>) => principalReminderSchedule(p.decideBy, p.reminderPolicy),
  },
  { name: 'principalDecisionSchema', schema: principalDecisionSchema, input: arb.principalDecision },
  { name: 'closeTrackingSchema', schema: closeTrackingSchema, input: arb.closeTracking },
  { name: 'milestoneSchema', schema: milestoneSchema, input: arb.milestone },
  { name: 'reportBackSchema', schema: reportBackSchema, input: arb.reportBack },
  { name: 'commissionReminderPolicySchema', schema: commissionReminderPolicySchema, input: arb.commissionReminderPolicy },
  {
    name: 'commissionInputSchema',
    schema: commissionInputSchema,
    input: arb.commissionInput,
    schedule: (c: z.infer<typeof commissionInputSchema>) => commissionSchedule(c.commissionedBy.date, c.milestones, c.reminderPolicy),
  },
  { name: 'completeMilestoneSchema', schema: completeMilestoneSchema, input: arb.completeMilestone },
  { name: 'moveMilestoneSchema', schema: moveMilestoneSchema, input: arb.moveMilestone },
  { name: 'completeCommissionSchema', schema: completeCommissionSchema, input: arb.completeCommission },
  {
    name: 'yearlyTaskSchema',
    schema: yearlyTaskSchema,
    input: arb.yearlyTask,
    schedule: (t: z.infer<typeof yearlyTaskSchema>) => [FIRST_YEAR, 2031, LAST_YEAR].map((year) => occurrence(t, year)),
  },
  { name: 'yearlyTasksSchema', schema: yearlyTasksSchema, input: arb.yearlyTasks },
];

type Path = ReadonlyArray<string | number>;
interface Leaf {
  path: Path;
  value: unknown;
  /** The key it is held under; an array's entries under their list's key. */
  key: string;
}

/** Every string, number and object in an input, with its path. */
function leaves(value: unknown, path: Path = [], key = ''): Leaf[] {
  const here: Leaf = { path, value, key };
  if (Array.isArray(value)) return [here, ...value.flatMap((v, i) => leaves(v, [...path, i], key))];
  if (typeof value === 'object' && value !== null) {
    return [here, ...Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k], k))];
  }
  return [here];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A copy of `input` with the value at `path` replaced. */
function replaced(input: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(input)) return input.map((v, i) => (i === head ? replaced(v, rest, value) : v));
  return { ...(input as Record<string, unknown>), [head]: replaced((input as Record<string, unknown>)[head], rest, value) };
}

const named = (path: Path) => (path.length ? path.join('.') : '(input)');

/** The problems a schema refuses `input` with, or [] when it accepts it. */
function problemsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : describeIssues(result.error);
}

const namesField = (problems: string[], path: Path) => problems.some((p) => p.startsWith(`${named(path)}: `));

/** A leaf chosen among those `which` selects; the property is vacuous for an input without any. */
const pick = <T>(items: T[], index: number): T | undefined => (items.length ? items[index % items.length] : undefined);

// Multi-line text keeps its line breaks; every other string is a single line.
const MULTI_LINE = new Set(['text', 'note', 'reason', 'answer', 'task', 'summary', 'description', 'editorialChanges', 'about']);
const CONTROLS = ['\n', '\r', '\t', '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const OUT_OF_RANGE_DATES = ['0000-01-01', '1999-12-31', '2200-01-01', '9999-12-31', '0026-03-01'];

const inject = (text: string, at: number, c: string) => {
  const i = at % (text.length + 1);
  return text.slice(0, i) + c + text.slice(i);
};

describe.each(cases)('$name', ({ schema, input, schedule }) => {
  test('accepts every input of its arbitrary', () => {
    fc.assert(
      fc.property(input, (value) => {
        expect(problemsOf(schema, value)).toEqual([]);
      }),
      RUNS,
    );
  });

  if (schedule) {
    test('any accepted input parses to a value the schedule functions of its area take without throwing', () => {
      fc.assert(
        fc.property(input, (value) => {
          schedule(schema.parse(value) as never);
        }),
        RUNS,
      );
    });
  }

  test('a control character in any single-line string, or any but a line break in multi-line text, is refused naming that field', () => {
    fc.assert(
      fc.property(input, fc.nat(), fc.nat(), fc.constantFrom(...CONTROLS), (value, which, at, c) => {
        const strings = leaves(value).filter((l) => typeof l.value === 'string' && !(MULTI_LINE.has(l.key) && (c === '\n' || c === '\r')));
        const leaf = pick(strings, which);
        if (!leaf) return;
        expect(namesField(problemsOf(schema, replaced(value, leaf.path, inject(leaf.value as string, at, c))), leaf.path)).toBe(true);
      }),
      RUNS,
    );
  });

  test('a bidirectional control character in any string is refused naming that field', () => {
    fc.assert(
      fc.property(input, fc.nat(), fc.nat(), fc.constantFrom(...BIDI), (value, which, at, c) => {
        const leaf = pick(
          leaves(value).filter((l) => typeof l.value === 'string'),
          which,
        );
        if (!leaf) return;
        expect(namesField(problemsOf(schema, replaced(value, leaf.path, inject(leaf.value as string, at, c))), leaf.path)).toBe(true);
      }),
      RUNS,
    );
  });

  test('an unknown key in any object is refused, naming it', () => {
    fc.assert(
      fc.property(input, fc.nat(), fc.constantFrom('subscriber', 'remindersBefore', 'dedline', 'x'), (value, which, key) => {
        const objects = leaves(value).filter((l) => isPlainObject(l.value) && !(key in (l.value as object)));
        const leaf = pick(objects, which);
        if (!leaf) return;
        const problems = problemsOf(schema, replaced(value, leaf.path, { ...(leaf.value as object), [key]: 'given' }));
        expect(problems).toContain(`${named([...leaf.path, key])}: is not a known field`);
      }),
      RUNS,
    );
  });

  test(`a date outside ${FIRST_YEAR}–${LAST_YEAR}, or a year, is refused naming that field`, () => {
    fc.assert(
      fc.property(
        input,
        fc.nat(),
        fc.constantFrom(...OUT_OF_RANGE_DATES),
        fc.constantFrom(0, 1999, 2200, 9999),
        (value, which, day, year) => {
          const dated = leaves(value).filter(
            (l) => (typeof l.value === 'string' && DATE.test(l.value)) || (l.key === 'year' && typeof l.value === 'number'),
          );
          const leaf = pick(dated, which);
          if (!leaf) return;
          const wrong = typeof leaf.value === 'number' ? year : day;
          expect(namesField(problemsOf(schema, replaced(value, leaf.path, wrong)), leaf.path)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
