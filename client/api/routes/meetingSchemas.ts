import { z } from '@hono/zod-openapi';
import { isoDate } from '../../../domain/calendar/dates';
import { responsibleBodySchema } from '../../../domain/guideline/guideline';
import { yearSchema } from '../../../domain/meeting/annualWheel';
import { decisionSchema } from '../../../domain/meeting/decision';
import { agendaItemSchema, itemKindSchema, itemSubjectSchema, submitDocumentsSchema } from '../../../domain/meeting/meeting';
import { principalDecisionSchema } from '../../../domain/meeting/principals';

/** The CLI's `meeting plan BODY YEAR`, read by the same rules as the meeting client reads them. */
export const meetingYearSchema = z.strictObject({ body: responsibleBodySchema, year: yearSchema });
export const wheelParams = z.object({ year: yearSchema });

/** Documents handed in for the item the path names. */
export const documentsRequestSchema = submitDocumentsSchema.omit({ itemId: true });

const [endorse, note, sendBack, recommend] = decisionSchema.options;
/** The decision schema, but a recommendation without `principals` goes to every principal, as the client fills them in. */
export const decisionRequestSchema = z.discriminatedUnion('outcome', [endorse, note, sendBack, recommend.partial({ principals: true })]);

const statusSchema = z.enum(['planned', 'agenda-published', 'held', 'closed']);
const outcomeSchema = z.enum(['endorse', 'note', 'send-back', 'recommend-principals']);
const actionSchema = z.enum(['adopt', 'extend', 'approve']);

/** A decision as the meeting keeps it (RecordedDecision in workflows/meeting/api.ts). */
export const recordedDecisionSchema = z
  .object({
    itemId: z.string(),
    outcome: outcomeSchema,
    action: actionSchema.optional(),
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional(),
    version: z.string().optional(),
    editorialChanges: z.string().optional(),
    toMeeting: isoDate.optional(),
    reason: z.string().optional(),
    decideBy: isoDate.optional(),
    principals: z.number().int().optional().openapi({ description: 'how many principals a recommendation went to' }),
    text: z.string().optional(),
    decisionRef: z.string(),
    at: z.string(),
    effects: z
      .object({ guidelineWorkflowId: z.string().optional(), placedOn: z.string().optional(), trackingWorkflowId: z.string().optional() })
      .openapi({
        description: "where the decision went: the guideline it changed, the meeting the item moved to, the principals' tracking",
      }),
  })
  .openapi('RecordedDecision');

/** A meeting's agenda as its workflow reports it (MeetingView in workflows/meeting/api.ts). */
export const meetingViewSchema = z
  .object({
    meetingId: z.string(),
    body: responsibleBodySchema,
    date: isoDate,
    status: statusSchema,
    schedule: z.object({
      documentDeadline: isoDate,
      presenterReminders: z.array(z.object({ businessDaysBefore: z.number().int(), date: isoDate, at: z.string() })),
      agendaPublishedOn: isoDate,
      agendaPublishedAt: z.string(),
      startsAt: z.string(),
    }),
    items: z.array(agendaItemSchema.extend({ decision: recordedDecisionSchema.optional() })),
    documentsMissing: z.array(z.string()).openapi({ description: 'items whose documents are expected and not in' }),
    sentPresenterReminders: z.array(z.string()),
    agendaPublished: z.boolean(),
  })
  .openapi('Meeting');

export const plannedMeetingsSchema = z
  .object({ meetingIds: z.array(z.string()).openapi({ description: 'every meeting of the year, started if it was not' }) })
  .openapi('PlannedMeetings');

const wheelMeetingFields = {
  body: responsibleBodySchema,
  date: isoDate,
  minutes: z.number().int(),
  items: z.array(
    z.object({
      itemId: z.string(),
      title: z.string(),
      kind: itemKindSchema,
      minutes: z.number().int(),
      subject: itemSubjectSchema.optional(),
      presenter: z.object({ name: z.string(), organisationId: z.string() }),
      decision: z
        .object({
          outcome: outcomeSchema,
          action: actionSchema.optional(),
          validFrom: isoDate.optional(),
          validUntil: isoDate.optional(),
          toMeeting: isoDate.optional(),
          decideBy: isoDate.optional(),
          effects: z.object({ placedOn: z.string().optional() }).optional(),
        })
        .optional(),
    }),
  ),
};

/** The årshjul (AnnualWheel in domain/meeting/annualWheel.ts): a calendar meeting not started has nothing planned yet. */
export const annualWheelSchema = z
  .object({
    year: z.number().int(),
    meetings: z.array(
      z.discriminatedUnion('started', [
        z.object({ ...wheelMeetingFields, started: z.literal(false) }),
        z.object({ ...wheelMeetingFields, started: z.literal(true), status: statusSchema }),
      ]),
    ),
  })
  .openapi('AnnualWheel');

/** The principals' own decisions on a recommendation (PrincipalView in workflows/meeting/principalsApi.ts). */
export const principalTrackingSchema = z
  .object({
    meetingId: z.string(),
    itemId: z.string(),
    title: z.string(),
    decideBy: isoDate,
    status: z.enum(['open', 'date-passed', 'closed']),
    progress: z.object({
      total: z.number().int(),
      decided: z.number().int(),
      adopted: z.number().int(),
      declined: z.number().int(),
      notDecided: z.array(z.object({ organisationId: z.string(), organisationName: z.string() })),
    }),
    decisions: z.record(z.string(), principalDecisionSchema.extend({ recordedAt: z.string() })),
    upcomingReminders: z.array(z.object({ date: isoDate, at: z.string() })),
    sentReminders: z.array(z.string()),
  })
  .openapi('PrincipalTracking');

export const principalReceiptSchema = z
  .object({ organisationId: z.string(), decided: z.number().int(), total: z.number().int() })
  .openapi('PrincipalReceipt');
