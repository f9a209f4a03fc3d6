import { writeProjection } from '../../activities/store/readModel';
import type { Store } from '../../activities/store/database';
import { stockholmInstant } from '../../domain/calendar/dates';
import { meetingWorkflowId, principalsWorkflowId, ResponsibleBodyId } from '../../domain/ids';
import { bodyOf } from '../../domain/meeting/bodies';
import { agendaItemSchema, AgendaItemInput, meetingSchedule, MeetingStatus } from '../../domain/meeting/meeting';
import type { Projection } from '../../domain/readModel';
import type { CommissionView } from '../../workflows/commission/api';
import type { ConsultationView } from '../../workflows/consultation/api';
import type { ImplementationView, SurveyView } from '../../workflows/followUp/api';
import type { MeetingView, RecordedDecision } from '../../workflows/meeting/api';
import type { PrincipalView } from '../../workflows/meeting/principalsApi';
import { bodies } from './directories';
import { item } from './meetings';

/*
 * The read model as the meeting pages find it on 15 February 2027, with the shipped calendar (VVG 12 February,
 * 16 April, …; SRO 22 January, 12 March, …): VVG's February meeting is held with three items, one decided; its
 * April meeting is planned with one item whose documents are missing; SRO's January meeting recommended the
 * principals, of whom two have decided, and has one item still to decide.
 */

export const NOW = new Date(stockholmInstant('2027-02-15', '10:00'));
export const HELD = '2027-02-12';
export const AHEAD = '2027-04-16';
export const SRO_HELD = '2027-01-22';

/** A meeting's view as its workflow's Query gives it, with the schedule its body's settings give. */
export function meetingView(
  body: ResponsibleBodyId,
  date: string,
  status: MeetingStatus,
  items: Array<AgendaItemInput & { decision?: RecordedDecision }>,
): MeetingView {
  const b = bodyOf(bodies, body);
  const parsed = items.map(({ decision, ...i }) => ({ ...agendaItemSchema.parse(i), ...(decision ? { decision } : {}) }));
  return {
    meetingId: meetingWorkflowId(body, date),
    body,
    date,
    status,
    schedule: meetingSchedule(date, b.startsAt, b.documentPolicy),
    items: parsed,
    documentsMissing: parsed.filter((i) => i.documentsExpected && i.documents.length === 0).map((i) => i.itemId),
    sentPresenterReminders: [],
    agendaPublished: status !== 'planned',
  };
}

export const recorded = (body: ResponsibleBodyId, date: string, d: Omit<RecordedDecision, 'decisionRef' | 'at'>): RecordedDecision => ({
  decisionRef: `${body} ${date} ${d.itemId}`,
  at: stockholmInstant(date, '11:00'),
  ...d,
});

const heldDocuments = [{ title: 'Förslag till förlängning', link: 'https://samverkan.example/samtycke.pdf' }];

export const heldVvg = meetingView('VVG', HELD, 'held', [
  item({
    itemId: 'consent',
    title: 'Riktlinje för samtycke',
    subject: { type: 'guideline', id: 'consent' },
    documents: heldDocuments,
  }),
  item({ itemId: 'roadmap', title: 'Färdplan nära vård', kind: 'information', documentsExpected: false }),
  {
    ...item({
      itemId: 'survey-plan',
      title: 'Uppföljning av egenvård',
      subject: { type: 'plan', id: 'egenvard-2027' },
      documents: heldDocuments,
    }),
    decision: recorded('VVG', HELD, {
      itemId: 'survey-plan',
      outcome: 'send-back',
      toMeeting: AHEAD,
      reason: 'Justera enkäten',
      effects: { placedOn: meetingWorkflowId('VVG', AHEAD) },
    }),
  },
]);

export const aheadVvg = meetingView('VVG', AHEAD, 'planned', [
  item({
    itemId: 'survey-plan',
    title: 'Uppföljning av egenvård',
    subject: { type: 'plan', id: 'egenvard-2027' },
    origin: { meetingId: meetingWorkflowId('VVG', HELD), reason: 'sent-back' },
  }),
]);

export const sroHeld = meetingView('SRO', SRO_HELD, 'held', [
  {
    ...item({
      itemId: 'self-care',
      title: 'Riktlinje för egenvård',
      subject: { type: 'guideline', id: 'self-care' },
      documents: heldDocuments,
    }),
    decision: recorded('SRO', SRO_HELD, {
      itemId: 'self-care',
      outcome: 'recommend-principals',
      decideBy: '2027-06-30',
      principals: 3,
      effects: { trackingWorkflowId: principalsWorkflowId('SRO', SRO_HELD, 'self-care') },
    }),
  },
  item({
    itemId: 'accompanying',
    title: 'Ersättning för medföljande personal',
    subject: { type: 'guideline', id: 'accompanying-staff' },
    documents: heldDocuments,
  }),
]);

export const tracking: PrincipalView = {
  meetingId: meetingWorkflowId('SRO', SRO_HELD),
  itemId: 'self-care',
  title: 'Riktlinje för egenvård',
  decideBy: '2027-06-30',
  status: 'open',
  progress: {
    total: 3,
    decided: 2,
    adopted: 1,
    declined: 1,
    notDecided: [{ organisationId: 'kommun-ale', organisationName: 'Ale kommun' }],
  },
  decisions: {
    'kommun-boras': {
      organisationId: 'kommun-boras',
      decision: 'adopted',
      decidedOn: '2027-02-01',
      reference: 'KS § 42',
      recordedAt: '2027-02-02T08:00:00Z',
    },
    vgr: { organisationId: 'vgr', decision: 'declined', decidedOn: '2027-02-10', recordedAt: '2027-02-11T08:00:00Z' },
  },
  upcomingReminders: [{ date: '2027-07-01', at: stockholmInstant('2027-07-01', '08:00') }],
  sentReminders: [],
};

const subject = (p: Omit<Projection, 'upcoming'>) => ({ ...p, upcoming: [], version: 1 });

const meetingSubject = (view: MeetingView) =>
  subject({
    workflowId: view.meetingId,
    kind: 'meeting',
    title: `${view.body} ${view.date}`,
    status: view.status,
    body: view.body,
    dueOn: view.date,
    view,
  });

/** What the wheel of 2027 shows beside the meetings, one of each kind: the fields of each view that the wheel reads. */
const round: Pick<ConsultationView, 'guidelineId' | 'round' | 'deadlineInForce' | 'document'> = {
  guidelineId: 'consent',
  round: 1,
  deadlineInForce: '2027-03-31',
  document: { title: 'Riktlinje för samtycke', version: '1', link: 'https://samverkan.example/samtycke.pdf' },
};
const survey: Pick<SurveyView, 'guidelineId' | 'n' | 'closesInForce'> & {
  plan: Pick<SurveyView['plan'], 'title' | 'opensOn' | 'closesOn'>;
} = {
  guidelineId: 'self-care',
  n: 1,
  closesInForce: '2027-09-30',
  plan: { title: 'Uppföljning av egenvård', opensOn: '2027-09-01', closesOn: '2027-09-30' },
};
const implementation: Pick<ImplementationView, 'guidelineId' | 'n' | 'deadlineInForce'> = {
  guidelineId: 'self-care',
  n: 1,
  deadlineInForce: '2027-12-31',
};
const commission: Pick<CommissionView, 'commissionId' | 'reportBack'> = {
  commissionId: 'lss-children',
  reportBack: { body: 'VVG', date: '2027-06-11', meetingId: meetingWorkflowId('VVG', '2027-06-11'), itemId: 'lss-children', placed: true },
};

/** Writes the meetings, the tracking and one of every other kind the wheel shows into the read model. */
export async function seedMeetingSubjects(db: Store): Promise<void> {
  const none = () => undefined;
  for (const projection of [
    meetingSubject(heldVvg),
    meetingSubject(aheadVvg),
    meetingSubject(sroHeld),
    subject({
      workflowId: principalsWorkflowId('SRO', SRO_HELD, 'self-care'),
      kind: 'principals',
      title: tracking.title,
      status: 'open',
      body: 'SRO',
      dueOn: tracking.decideBy,
      view: tracking,
    }),
    subject({
      workflowId: 'guideline/consent/consultation/1',
      kind: 'consultation',
      guidelineId: 'consent',
      title: 'Riktlinje för samtycke',
      status: 'open',
      dueOn: round.deadlineInForce,
      view: round,
    }),
    subject({
      workflowId: 'guideline/self-care/follow-up/1',
      kind: 'survey',
      guidelineId: 'self-care',
      title: 'Uppföljning av egenvård',
      status: 'scheduled',
      dueOn: survey.closesInForce,
      view: survey,
    }),
    subject({
      workflowId: 'guideline/self-care/implementation/1',
      kind: 'implementation',
      guidelineId: 'self-care',
      title: 'Införande av egenvård',
      status: 'open',
      dueOn: implementation.deadlineInForce,
      view: implementation,
    }),
    subject({
      workflowId: 'commission/lss-children',
      kind: 'commission',
      title: 'Barn i korttidsvistelse',
      status: 'open',
      body: 'VVG',
      dueOn: '2027-05-01',
      view: commission,
    }),
  ]) {
    await writeProjection(db, projection, none);
  }
}
