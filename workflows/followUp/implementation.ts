import { allHandlersFinished, condition, patched, setHandler } from '@temporalio/workflow';
import { deadlineInForce, statedDeadline } from '../../domain/calendar/deadlineRule';
import type { Contact } from '../../domain/directory/contact';
import { calendarUid } from '../../domain/mail/calendarEvent';
import { reportInstant } from '../../domain/reminders/deadlineReminders';
import { expiryInstant, expiryReminderSchedule, ScheduledReminder } from '../../domain/reminders/expiryReminders';
import { confirmationProblem, confirmImplementationSchemaOn, ImplementationPlan } from '../../domain/followUp/implementation';
import { implementationWorkflowId } from '../../domain/ids';
import { confirmImplementationUpdate, implementationStateQuery, ImplementationView } from './api';
import { recordOutcomeLocally, sequencedOutcomes } from '../kit/ledger';
import { mailToContacts, mailToOrganisations, sendBatch } from '../kit/mail';
import { nowIso } from '../kit/time';
import { validatedUpdate } from '../kit/validatedUpdate';
import { publishChanges, readModel } from '../kit/readModel';
import { wakeAt, wakeAtOrOnChange } from '../kit/wake';
import { implementationProjection } from './implementationProjection';

/** Trackings started before this change sent their report at midnight after the deadline, whatever day followed. */
const REPORT_ON_BUSINESS_DAY = 'implementation-report-on-business-day';

export interface ImplementationInput {
  guidelineId: string;
  n: number;
  title: string;
  owner: Contact;
  plan: ImplementationPlan;
}

/**
 * An adopted guideline's implementation deadline: each implementer confirms; those that have not are reminded
 * before the deadline; at the deadline the owner and the preparation group get the status. Confirmations after
 * it are still taken, flagged late, until every implementer has confirmed.
 */
export async function implementationTracking(input: ImplementationInput): Promise<ImplementationView> {
  const workflowId = implementationWorkflowId(input.guidelineId, input.n);
  const { plan } = input;
  const startedAt = nowIso();
  const state = {
    status: 'open' as ImplementationView['status'],
    confirmations: {} as ImplementationView['confirmations'],
    sentReminders: [] as string[],
  };
  // A tracking planned before deadline rules existed keeps its deadline as given.
  const deadline = statedDeadline(plan.deadline, plan.deadlineRule ?? 'keep');
  const inForce = deadlineInForce(plan.deadline, plan.deadlineRule ?? 'keep');
  const silent = () => plan.implementers.filter((r) => !Object.hasOwn(state.confirmations, r.organisationId));
  const allConfirmed = () => silent().length === 0;
  const pending = () =>
    expiryReminderSchedule(inForce, plan.reminderPolicy).filter((r) => r.at >= startedAt && !state.sentReminders.includes(r.at));
  const view = (): ImplementationView => ({
    guidelineId: input.guidelineId,
    n: input.n,
    status: state.status,
    deadline: plan.deadline,
    deadlineInForce: inForce,
    total: plan.implementers.length,
    confirmations: state.confirmations,
    notConfirmed: silent().map((r) => ({ organisationId: r.organisationId, organisationName: r.organisationName })),
    upcomingReminders: state.status === 'open' ? pending() : [],
    sentReminders: state.sentReminders,
  });
  const outcome = sequencedOutcomes(recordOutcomeLocally, workflowId, input.guidelineId);

  setHandler(implementationStateQuery, view);
  readModel(() =>
    implementationProjection(workflowId, input.title, view(), {
      reportAt: state.status === 'open' ? reportInstant(inForce, plan.reminderPolicy) : undefined,
      silent: silent(),
      reportTo: [input.owner, ...plan.preparationGroup],
    }),
  );

  validatedUpdate(
    confirmImplementationUpdate,
    { schema: confirmImplementationSchemaOn, problem: (confirmation) => confirmationProblem(view(), confirmation) },
    async (confirmation) => {
      state.confirmations[confirmation.organisationId] = { ...confirmation, late: confirmation.confirmedOn > inForce };
      await outcome('implementation-confirmed', confirmation);
      return {
        organisationId: confirmation.organisationId,
        confirmed: plan.implementers.length - silent().length,
        total: plan.implementers.length,
      };
    },
  );

  const contact = plan.preparationGroup[0];
  const remind = async (reminder: ScheduledReminder) => {
    state.sentReminders.push(reminder.at);
    const waiting = silent();
    const refused = await sendBatch(
      mailToOrganisations(
        { workflowId, purpose: 'implementation-reminder', event: reminder.at, dueAt: reminder.at },
        waiting,
        (implementer) => ({
          template: 'implementation-reminder',
          guidelineId: input.guidelineId,
          title: input.title,
          ...deadline,
          daysLeft: reminder.daysLeft,
          organisationName: implementer.organisationName,
          contactName: contact.name,
          contactEmail: contact.email,
          calendar: { uid: calendarUid(workflowId, 'deadline', implementer.organisationId), sequence: 0 },
        }),
      ),
    );
    await outcome('implementation-reminder-sent', { date: reminder.date, to: waiting.map((r) => r.organisationId), refused });
  };

  const report = async (dueAt: string) => {
    state.status = 'reported';
    const notConfirmed = silent();
    const refused = await sendBatch(
      mailToContacts({ workflowId, purpose: 'implementation-report', dueAt }, [input.owner, ...plan.preparationGroup], {
        template: 'implementation-report',
        guidelineId: input.guidelineId,
        title: input.title,
        ...deadline,
        total: plan.implementers.length,
        confirmed: plan.implementers.length - notConfirmed.length,
        notConfirmed: notConfirmed.map((r) => r.organisationName),
      }),
    );
    await outcome('implementation-deadline-passed', { notConfirmed: notConfirmed.map((r) => r.organisationId), refused });
  };

  await outcome('implementation-planned', { deadline: plan.deadline, implementers: plan.implementers.map((r) => r.organisationId) });
  for (let [next] = pending(); next && !allConfirmed(); [next] = pending()) {
    if ((await wakeAtOrOnChange(next.at, allConfirmed)) === 'changed') break;
    await remind(next);
  }
  const deadlineAt = expiryInstant(inForce);
  await wakeAt(deadlineAt);
  // The owner and the group read the report on a business morning outside the quiet periods.
  const reportAt = patched(REPORT_ON_BUSINESS_DAY) ? reportInstant(inForce, plan.reminderPolicy) : deadlineAt;
  if (reportAt !== deadlineAt) await wakeAt(reportAt);
  await report(reportAt);
  await publishChanges();
  await condition(allConfirmed);
  await condition(allHandlersFinished);
  return view();
}
