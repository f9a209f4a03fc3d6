import type { Recipient } from '../../domain/consultation/consultation';
import type { Contact } from '../../domain/directory/contact';
import type { Projection, UpcomingMail } from '../../domain/readModel';
import { addresseesOf } from '../kit/readModel';
import type { ImplementationView } from './api';

/**
 * An implementation deadline in the read model, by its day in force: reminders to those that have not confirmed,
 * and the report to the owner and the preparation group until it has gone.
 */
export function implementationProjection(
  workflowId: string,
  title: string,
  view: ImplementationView,
  ahead: { reportAt?: string; silent: readonly Recipient[]; reportTo: readonly Contact[] },
): Projection<ImplementationView> {
  const waiting = addresseesOf(ahead.silent.flatMap((r) => r.contacts));
  const upcoming: UpcomingMail[] = [
    ...view.upcomingReminders.map((r) => ({ at: r.at, purpose: 'implementation-reminder', to: waiting })),
    ...(ahead.reportAt ? [{ at: ahead.reportAt, purpose: 'implementation-report', to: addresseesOf(ahead.reportTo) }] : []),
  ];
  return {
    workflowId,
    kind: 'implementation',
    guidelineId: view.guidelineId,
    title,
    status: view.status,
    dueOn: view.deadlineInForce,
    view,
    upcoming: upcoming.filter((m) => m.to.length),
  };
}
