import type { Recipient } from '../../domain/consultation/consultation';
import type { Contact } from '../../domain/directory/contact';
import type { Projection, UpcomingMail } from '../../domain/readModel';
import { addresseesOf } from '../kit/readModel';
import type { SurveyView } from './api';

/** What a survey will still mail: the instants its loop waits for. */
export interface SurveyMailAhead {
  invitationAt?: string;
  reminders: string[];
  reportAt?: string;
  recipients: readonly Recipient[];
  preparationGroup: readonly Contact[];
}

/** A follow-up survey in the read model, by its closing day in force: invitations, reminders to those with parts missing, its report. */
export function surveyProjection(workflowId: string, view: SurveyView, ahead: SurveyMailAhead): Projection<SurveyView> {
  const missing = new Set(view.progress.missing.map((m) => m.organisationId));
  const contactsOf = (recipients: readonly Recipient[]) => addresseesOf(recipients.flatMap((r) => r.contacts));
  const upcoming: UpcomingMail[] = [
    ...(ahead.invitationAt ? [{ at: ahead.invitationAt, purpose: 'survey-invitation', to: contactsOf(ahead.recipients) }] : []),
    ...ahead.reminders.map((at) => ({
      at,
      purpose: 'survey-reminder',
      to: contactsOf(ahead.recipients.filter((r) => missing.has(r.organisationId))),
    })),
    ...(ahead.reportAt ? [{ at: ahead.reportAt, purpose: 'survey-report', to: addresseesOf(ahead.preparationGroup) }] : []),
  ];
  return {
    workflowId,
    kind: 'survey',
    guidelineId: view.guidelineId,
    title: view.plan.title,
    status: view.status,
    dueOn: view.closesInForce,
    view,
    upcoming: upcoming.filter((m) => m.to.length),
  };
}
