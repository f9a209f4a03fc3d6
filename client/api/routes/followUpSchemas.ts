import { z } from '@hono/zod-openapi';
import { isoDate } from '../../../domain/calendar/dates';
import { deadlineRuleSchema } from '../../../domain/calendar/deadlineRule';
import { deadlineReminderPolicySchema } from '../../../domain/consultation/consultation';
import { contactSchema } from '../../../domain/directory/contact';
import { confirmImplementationSchema } from '../../../domain/followUp/implementation';
import {
  afterAdoptionRequestSchema,
  afterAdoptionSchema,
  followUpRequestSchema,
  submitPartSchema,
  surveyPartSchema,
} from '../../../domain/followUp/survey';
import { guidelineIdSchema, responsibleBodySchema } from '../../../domain/guideline/guideline';

/**
 * A survey dated by `opensOn` and `closesOn`, or timed from the adoption by `afterAdoption`: its other fields are
 * the dated request's, and dates given beside it are refused, both by the client once it has counted the dates.
 */
export const followUpPlanRequestSchema = z.union([followUpRequestSchema, z.looseObject({ afterAdoption: afterAdoptionSchema })]);

/** The kind of plan a request was meant to be, whose refusals name its fields. */
export const meantPlan = (input: unknown) =>
  typeof input === 'object' && input !== null && 'afterAdoption' in input ? afterAdoptionRequestSchema : followUpRequestSchema;

/** An implementation deadline as its workflow reports it (ImplementationView in workflows/followUp/api.ts). */
export const implementationViewSchema = z
  .object({
    guidelineId: guidelineIdSchema,
    n: z.number().int(),
    status: z.enum(['open', 'reported']),
    deadline: z.string().openapi({ description: 'as given' }),
    deadlineInForce: z.string().openapi({ description: 'the day that counts, by the deadline rule' }),
    total: z.number().int(),
    confirmations: z.record(z.string(), confirmImplementationSchema.extend({ late: z.boolean() })),
    notConfirmed: z.array(z.object({ organisationId: z.string(), organisationName: z.string() })),
    upcomingReminders: z.array(z.object({ daysBefore: z.number().int(), date: isoDate, daysLeft: z.number().int(), at: z.string() })),
    sentReminders: z.array(z.string()),
  })
  .openapi('Implementation');

export const confirmationReceiptSchema = z
  .object({ organisationId: z.string(), confirmed: z.number().int(), total: z.number().int() })
  .openapi('ConfirmationReceipt');

/** A follow-up survey as its workflow reports it (SurveyView in workflows/followUp/api.ts). */
export const surveyViewSchema = z
  .object({
    guidelineId: guidelineIdSchema,
    n: z.number().int(),
    status: z.enum(['scheduled', 'open', 'closed']),
    plan: z.object({
      title: z.string(),
      parts: z.array(surveyPartSchema),
      opensOn: isoDate,
      closesOn: isoDate,
      reminderPolicy: deadlineReminderPolicySchema,
      preparationGroup: z.array(contactSchema),
      targetMeeting: z.object({ body: responsibleBodySchema, date: isoDate }).optional(),
      deadlineRule: deadlineRuleSchema,
    }),
    closesInForce: z.string().openapi({ description: 'the last day to answer, by the deadline rule' }),
    moves: z.array(
      z.object({
        opensOn: isoDate,
        closesOn: isoDate,
        decisionRef: z.string(),
        reason: z.string().optional(),
        previous: z.object({ opensOn: isoDate, closesOn: isoDate }),
        at: z.string(),
      }),
    ),
    progress: z.object({
      recipients: z.number().int(),
      complete: z.number().int(),
      byPart: z.array(z.object({ partId: z.string(), submitted: z.number().int() })),
      missing: z.array(z.object({ organisationId: z.string(), organisationName: z.string(), parts: z.array(z.string()) })),
    }),
    submissions: z
      .record(z.string(), z.record(z.string(), submitPartSchema.extend({ recordedAt: z.string() })))
      .openapi({ description: 'by organisation, then by part' }),
    sentReminders: z.array(z.string()),
    report: z.object({ markdownPath: z.string(), csvPath: z.string() }).optional(),
    placedOn: z.string().optional().openapi({ description: 'the meeting the results went to' }),
    agendaRefused: z.string().optional().openapi({ description: 'why the target meeting refused the results' }),
  })
  .openapi('FollowUp');

export const submissionReceiptSchema = z
  .object({ organisationId: z.string(), partId: z.string(), complete: z.number().int(), recipients: z.number().int() })
  .openapi('SubmissionReceipt');
