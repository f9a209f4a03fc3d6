import type { Store } from '../../activities/store/database';
import { writeProjection } from '../../activities/store/readModel';
import { stockholmInstant } from '../../domain/calendar/dates';
import type { CommissionView } from '../../workflows/commission/api';
import { commissionProjection } from '../../workflows/commission/commissionProjection';
import type { ConsultationView } from '../../workflows/consultation/api';
import { roundProjection } from '../../workflows/consultation/roundProjection';
import type { ImplementationView, SurveyView } from '../../workflows/followUp/api';
import { implementationProjection } from '../../workflows/followUp/implementationProjection';
import { surveyProjection } from '../../workflows/followUp/surveyProjection';
import type { GuidelineView } from '../../workflows/guideline/api';
import { guidelineProjection } from '../../workflows/guideline/projection';
import { GuidelineState, periodOf } from '../../workflows/guideline/state';
import type { MeetingView } from '../../workflows/meeting/api';
import { meetingProjection } from '../../workflows/meeting/meetingProjection';
import { consultationProgress, ResponseRecord } from '../../domain/consultation/progress';
import { resolveRecipients } from '../../domain/directory/recipients';
import { followUpPlanSchema, surveyProgress, Submissions } from '../../domain/followUp/survey';
import { draftGuidelineSchema, guidelineSchema } from '../../domain/guideline/guideline';
import {
  commissionWorkflowId,
  consultationWorkflowId,
  followUpWorkflowId,
  guidelineWorkflowId,
  implementationWorkflowId,
  meetingWorkflowId,
} from '../../domain/ids';
import { meetingInputFor } from '../../domain/meeting/bodies';
import { agendaItemSchema, meetingEvents, meetingSchedule } from '../../domain/meeting/meeting';
import type { Projection } from '../../domain/readModel';
import { bodies, contacts, organisations } from './directories';
import { englishSubscriber, guideline, owner } from './guidelines';
import { item, presenter } from './meetings';

/*
 * The read model as the workflows write it, for the pages' tests: each row made by the workflow's own projection
 * function from a view of the real type, so its columns and its mail to come are what a real run would publish.
 * The pages' clock stands on Friday 1 March 2030, 10:00 in Stockholm.
 */

export const NOW = new Date('2030-03-01T09:00:00.000Z');
export const TODAY = '2030-03-01';

const secretaryOf = (body: string) => bodies.bodies.find((b) => b.id === body)?.secretary;

let version = 1;
/** Writes the rows, each as the latest version of its workflow. */
export async function seed(db: Store, ...projections: Projection[]): Promise<void> {
  for (const projection of projections) await writeProjection(db, { ...projection, version: version++ }, secretaryOf);
}

const recipientsOf = (...organisationIds: string[]) =>
  resolveRecipients([{ group: 'organisations', organisationIds }], organisations, contacts);

/** A guideline in force (or expired, or retired) from its registration, as its validity period publishes it. */
export function inForce(
  overrides: Parameters<typeof guideline>[0] = {},
  state: Partial<Pick<GuidelineState, 'status'>> &
    Partial<Pick<GuidelineView, 'period' | 'extensions' | 'implementations' | 'followUps' | 'retirement'>> = {},
): Projection<GuidelineView> {
  const g = guidelineSchema.parse(guideline(overrides));
  const period = { ...periodOf(g, undefined), periodStartedAt: NOW.toISOString(), ...state } as GuidelineState;
  return guidelineProjection(guidelineWorkflowId(g.id), period);
}

/** A draft, on a round or awaiting its decision, as its drafting publishes it. */
export function draft(
  id: string,
  title: string,
  state: Partial<Pick<GuidelineView, 'consultationRounds'>> & {
    status?: 'draft' | 'in-consultation' | 'awaiting-decision' | 'retired';
  } = {},
): Projection<GuidelineView> {
  const { validFrom: _from, validUntil: _until, ...fields } = guideline({ id, title, kind: 'routine', responsibleBody: 'SRO' });
  return guidelineProjection(guidelineWorkflowId(id), {
    phase: 'drafting',
    status: state.status ?? 'draft',
    guideline: draftGuidelineSchema.parse(fields),
    consultationRounds: state.consultationRounds ?? [],
    implementations: [],
    followUps: [],
  });
}

/** An open round whose deadline is `deadline`: Borås has answered, Alingsås and Lerum have not. */
export function openRound(guidelineId: string, round: number, deadline: string): Projection<ConsultationView> {
  const recipients = recipientsOf('kommun-boras', 'kommun-alingsas', 'kommun-lerum');
  const responses: Record<string, ResponseRecord> = {
    'kommun-boras': {
      organisationId: 'kommun-boras',
      kind: 'no-comments',
      receivedOn: '2030-02-20',
      late: false,
      recordedAt: '2030-02-20T10:00:00.000Z',
    },
  };
  const progress = consultationProgress(recipients, responses, []);
  const reminderDate = '2030-03-15';
  const view: ConsultationView = {
    guidelineId,
    round,
    status: 'open',
    document: { title: 'Rutin för samtycke, remissversion', version: 'remissversion 2', link: 'https://samverkan.example/samtycke.pdf' },
    opensOn: '2030-02-01',
    deadline,
    deadlineRule: 'next-business-day',
    deadlineInForce: deadline,
    processOwner: owner,
    progress,
    recipients,
    withdrawn: [],
    responses,
    upcomingReminders: [{ businessDaysBefore: 3, date: reminderDate, at: stockholmInstant(reminderDate, '08:00') }],
    extensions: [],
    calendarSequence: 0,
  };
  const silent = recipients.filter((r) => r.organisationId !== 'kommun-boras');
  return roundProjection(consultationWorkflowId(guidelineId, round), view, {
    summaryAt: stockholmInstant('2030-03-21', '08:00'),
    active: recipients,
    silent,
  });
}

/** The VVG meeting on `date`, planned, with one item whose documents are in and one whose are missing. */
export function meetingMissingDocuments(date: string): Projection<MeetingView> {
  const directory = { ...bodies, bodies: bodies.bodies.map((b) => ({ ...b, meetings: [date] })) };
  const input = meetingInputFor(directory, 'VVG', date);
  const schedule = meetingSchedule(date, input.startsAt, input.documentPolicy);
  const items = [
    agendaItemSchema.parse(
      item({
        itemId: 'consent',
        title: 'Rutin för samtycke',
        documents: [{ title: 'Förslag', link: 'https://samverkan.example/samtycke.pdf' }],
      }),
    ),
    agendaItemSchema.parse(
      item({ itemId: 'pfik', title: 'Färdplan för nära vård', presenter: presenter('Per Holm', 'per.holm@vgregion.example', 'vgr') }),
    ),
  ];
  const view: MeetingView = {
    meetingId: meetingWorkflowId('VVG', date),
    body: 'VVG',
    date,
    status: 'planned',
    schedule,
    items,
    documentsMissing: ['pfik'],
    sentPresenterReminders: [],
    agendaPublished: false,
  };
  return meetingProjection(view, input, meetingEvents(schedule, NOW.toISOString()));
}

/** An implementation deadline the six sub-regions confirm; only Fyrbodal has. */
export function implementationDue(guidelineId: string, title: string, n: number, deadline: string): Projection<ImplementationView> {
  const subregions = resolveRecipients([{ group: 'subregions' }], organisations, contacts);
  const silent = subregions.filter((r) => r.organisationId !== 'fyrbodal');
  const reminderAt = stockholmInstant('2030-03-11', '08:00');
  const view: ImplementationView = {
    guidelineId,
    n,
    status: 'open',
    deadline,
    deadlineInForce: deadline,
    total: subregions.length,
    confirmations: { fyrbodal: { organisationId: 'fyrbodal', confirmedOn: '2030-02-25', late: false } },
    notConfirmed: silent.map(({ organisationId, organisationName }) => ({ organisationId, organisationName })),
    upcomingReminders: [{ daysBefore: 14, date: '2030-03-11', daysLeft: 14, at: reminderAt }],
    sentReminders: [],
  };
  return implementationProjection(implementationWorkflowId(guidelineId, n), title, view, {
    reportAt: stockholmInstant(deadline, '08:00'),
    silent,
    reportTo: [owner],
  });
}

/** An open follow-up survey of two sub-regions: Skaraborg has sent every part, Fyrbodal only the first. */
export function surveyClosing(guidelineId: string, n: number, closesOn: string): Projection<SurveyView> {
  const recipients = recipientsOf('fyrbodal', 'skaraborg');
  const { recipients: _r, ...plan } = followUpPlanSchema.parse({
    title: 'Uppföljning av egenvårdsrutinen',
    opensOn: '2030-02-15',
    closesOn,
    preparationGroup: [owner],
    recipients,
  });
  const part = (organisationId: string, partId: string) => ({
    organisationId,
    partId,
    answer: 'Fungerar',
    submittedOn: '2030-02-20',
    recordedAt: '2030-02-20T10:00:00.000Z',
  });
  const submissions: Submissions = {
    skaraborg: Object.fromEntries(plan.parts.map((p) => [p.id, part('skaraborg', p.id)])),
    fyrbodal: { [plan.parts[0].id]: part('fyrbodal', plan.parts[0].id) },
  };
  const view: SurveyView = {
    guidelineId,
    n,
    status: 'open',
    plan,
    closesInForce: closesOn,
    moves: [],
    progress: surveyProgress(recipients, plan.parts, submissions),
    submissions,
    sentReminders: [],
  };
  return surveyProjection(followUpWorkflowId(guidelineId, n), view, {
    reminders: [stockholmInstant('2030-03-12', '08:00')],
    reportAt: stockholmInstant('2030-03-18', '08:00'),
    recipients,
    preparationGroup: [owner],
  });
}

/** An active commission whose first milestone, due 20 February, is overdue; its second is ahead. */
export function commissionOverdue(): Projection<CommissionView> {
  const commissionId = 'lss-short-stays';
  const group = [owner];
  const view: CommissionView = {
    commissionId,
    workflowId: commissionWorkflowId(commissionId),
    title: 'Hälso- och sjukvård vid korttidsvistelse enligt LSS',
    task: 'Ta fram en gemensam rutin.',
    status: 'active',
    commissionedBy: { body: 'VVG', date: '2029-12-11' },
    group,
    milestones: [
      { id: 'first-draft', title: 'Första utkast', due: '2030-02-20', status: 'overdue', moves: [] },
      { id: 'final-report', title: 'Slutrapport', due: '2030-04-15', status: 'open', moves: [] },
    ],
    reportBack: {
      body: 'VVG',
      date: '2030-05-27',
      meetingId: meetingWorkflowId('VVG', '2030-05-27'),
      itemId: `commission-${commissionId}`,
      placed: true,
    },
    upcoming: [{ kind: 'reminder', milestoneId: 'final-report', date: '2030-04-01', at: stockholmInstant('2030-04-01', '08:00') }],
  };
  return commissionProjection(view);
}

/** The extension that gave the guideline for accompanying staff its second period and version 2.0. */
const accompanyingExtension = {
  validUntil: '2030-06-30',
  note: 'Förlängs i väntan på revidering',
  decisionRef: 'VVG 2029-12-10 §5',
  version: '2.0',
  editorialChanges: 'Nya kontaktuppgifter',
  at: '2029-12-10T13:00:00.000Z',
  previousUntil: '2029-12-31',
};

/** The register's guidelines and what hangs on them, as of NOW: every part of the overview has one entry. */
export function registerScenario(): Projection[] {
  const accompanying = inForce(
    {
      id: 'accompanying-staff',
      title: 'Riktlinje för medföljande personal',
      validFrom: '2027-01-01',
      validUntil: '2030-06-30',
      version: '2.0',
      subscribers: [englishSubscriber],
    },
    {
      period: 2,
      extensions: [accompanyingExtension],
      implementations: [{ n: 1, workflowId: implementationWorkflowId('accompanying-staff', 1), deadline: '2030-03-25' }],
    },
  );
  return [
    accompanying,
    inForce(
      { id: 'expected-child', validFrom: '2028-01-01', validUntil: '2032-12-31' },
      {
        followUps: [
          {
            n: 1,
            workflowId: followUpWorkflowId('expected-child', 1),
            title: 'Uppföljning av egenvårdsrutinen',
            opensOn: '2030-02-15',
            closesOn: '2030-03-15',
          },
        ],
      },
    ),
    inForce(
      { id: 'self-care', title: 'Rutin för egenvård', kind: 'routine', validFrom: '2026-01-01', validUntil: '2030-02-15' },
      { status: 'expired' },
    ),
    inForce(
      {
        id: 'old-agreement',
        title: 'Överenskommelse om in- och utskrivning',
        kind: 'agreement',
        responsibleBody: 'SRO',
        validFrom: '2020-01-01',
        validUntil: '2031-12-31',
      },
      {
        status: 'retired',
        retirement: { reason: 'Ersatt av en ny överenskommelse', decisionRef: 'SRO 2029-11-06 §3', at: '2029-11-06T12:00:00.000Z' },
      },
    ),
    draft('consent', 'Rutin för samtycke', {
      status: 'in-consultation',
      consultationRounds: [{ round: 1, workflowId: consultationWorkflowId('consent', 1), opensOn: '2030-02-01', deadline: '2030-03-20' }],
    }),
    openRound('consent', 1, '2030-03-20'),
    meetingMissingDocuments('2030-03-25'),
    implementationDue('accompanying-staff', 'Riktlinje för medföljande personal', 1, '2030-03-25'),
    surveyClosing('expected-child', 1, '2030-03-15'),
    commissionOverdue(),
  ];
}
