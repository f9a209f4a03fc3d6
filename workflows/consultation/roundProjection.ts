import type { Recipient } from '../../domain/consultation/consultation';
import type { Projection, UpcomingMail } from '../../domain/readModel';
import { addresseesOf } from '../kit/readModel';
import type { ConsultationView } from './api';

/** What a round will still mail, and when: the instants its loop will wake at for them. */
export interface RoundMailAhead {
  /** The invitations, while the round has not opened. */
  invitationAt?: string;
  /** The process owner's summary, while it is still due. */
  summaryAt?: string;
  active: Recipient[];
  silent: Recipient[];
}

/** A round in the read model: its deadline in force, and its mail to come to whom it will go. */
export function roundProjection(workflowId: string, view: ConsultationView, ahead: RoundMailAhead): Projection<ConsultationView> {
  const contactsOf = (recipients: Recipient[]) => addresseesOf(recipients.flatMap((r) => r.contacts));
  const upcoming: UpcomingMail[] = [
    ...(ahead.invitationAt ? [{ at: ahead.invitationAt, purpose: 'consultation-invitation', to: contactsOf(ahead.active) }] : []),
    ...view.upcomingReminders.map((r) => ({ at: r.at, purpose: 'consultation-reminder', to: contactsOf(ahead.silent) })),
    ...(ahead.summaryAt ? [{ at: ahead.summaryAt, purpose: 'consultation-summary', to: addresseesOf([view.processOwner]) }] : []),
  ];
  return {
    workflowId,
    kind: 'consultation',
    guidelineId: view.guidelineId,
    title: view.document.title,
    status: view.status,
    dueOn: view.deadlineInForce,
    view,
    upcoming: upcoming.filter((m) => m.to.length),
  };
}
