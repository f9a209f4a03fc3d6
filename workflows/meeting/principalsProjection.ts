import type { Recipient } from '../../domain/consultation/consultation';
import type { Contact } from '../../domain/directory/contact';
import { parseWorkflowId } from '../../domain/ids';
import type { Projection, UpcomingMail } from '../../domain/readModel';
import { addresseesOf } from '../kit/readModel';
import type { PrincipalView } from './principalsApi';

/**
 * The principals' own decisions on a recommendation, in the read model by the date they were asked to decide by:
 * reminders to those still silent, and the secretary's list with the first of them.
 */
export function principalsProjection(
  workflowId: string,
  view: PrincipalView,
  principals: readonly Recipient[],
  secretary: Contact,
): Projection<PrincipalView> {
  const silent = new Set(view.progress.notDecided.map((p) => p.organisationId));
  const to = addresseesOf(principals.filter((p) => silent.has(p.organisationId)).flatMap((p) => p.contacts));
  const upcoming: UpcomingMail[] = view.upcomingReminders.flatMap((r) => [
    { at: r.at, purpose: 'principal-reminder', to },
    ...(view.sentReminders.length === 0 && r === view.upcomingReminders[0]
      ? [{ at: r.at, purpose: 'principal-summary', to: addresseesOf([secretary]) }]
      : []),
  ]);
  const meeting = parseWorkflowId(view.meetingId);
  return {
    workflowId,
    kind: 'principals',
    title: view.title,
    status: view.status,
    body: meeting?.kind === 'meeting' ? meeting.body : undefined,
    dueOn: view.decideBy,
    view,
    upcoming: upcoming.filter((m) => m.to.length),
  };
}
