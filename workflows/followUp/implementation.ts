import { allHandlersFinished, condition, setHandler, sleep } from '@temporalio/workflow';
import type { Contact } from '../../domain/directory/contact';
import { stockholmDate } from '../../domain/calendar/dates';
import { expiryInstant, expiryReminderSchedule } from '../../domain/reminders/expiryReminders';
import { confirmImplementationSchema, ImplementationPlan } from '../../domain/followUp/implementation';
import { parseOrThrow, ValidationError } from '../../domain/validation';
import { confirmImplementationUpdate, implementationStateQuery, ImplementationView, implementationWorkflowId } from './api';
import { sendBatch } from '../kit/mail';
import { recordOutcomeLocally, sequencedOutcomes } from '../kit/ledger';
import { nowIso } from '../kit/time';

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
  const confirmed = (id: string) => Object.hasOwn(state.confirmations, id);
  const silent = () => plan.implementers.filter((r) => !confirmed(r.organisationId));
  const pending = () =>
    expiryReminderSchedule(plan.deadline, plan.reminderPolicy).filter((r) => r.at >= startedAt && !state.sentReminders.includes(r.at));
  const view = (): ImplementationView => ({
    guidelineId: input.guidelineId,
    n: input.n,
    status: state.status,
    deadline: plan.deadline,
    total: plan.implementers.length,
    confirmations: state.confirmations,
    notConfirmed: silent().map((r) => ({ organisationId: r.organisationId, organisationName: r.organisationName })),
    upcomingReminders: state.status === 'open' ? pending() : [],
    sentReminders: state.sentReminders,
  });
  const outcome = sequencedOutcomes(recordOutcomeLocally, workflowId, input.guidelineId);

  setHandler(implementationStateQuery, view);
  setHandler(
    confirmImplementationUpdate,
    async (request) => {
      const confirmation = confirmImplementationSchema.parse(request);
      state.confirmations[confirmation.organisationId] = { ...confirmation, late: confirmation.confirmedOn > plan.deadline };
      await outcome('implementation-confirmed', confirmation);
      return {
        organisationId: confirmation.organisationId,
        confirmed: plan.implementers.length - silent().length,
        total: plan.implementers.length,
      };
    },
    {
      validator: (request) => {
        const c = parseOrThrow(confirmImplementationSchema, request);
        const problem = !plan.implementers.some((r) => r.organisationId === c.organisationId)
          ? `organisationId: '${c.organisationId}' is not one of the implementers`
          : confirmed(c.organisationId)
            ? `organisationId: '${c.organisationId}' has already confirmed`
            : c.confirmedOn > stockholmDate(Date.now())
              ? 'confirmedOn: cannot be in the future'
              : undefined;
        if (problem) throw new ValidationError([problem]);
      },
    },
  );

  const contact = plan.preparationGroup[0];
  await outcome('implementation-planned', { deadline: plan.deadline, implementers: plan.implementers.map((r) => r.organisationId) });
  const allConfirmed = () => silent().length === 0;
  for (let next = pending()[0]; next && !allConfirmed(); next = pending()[0]) {
    if (await condition(allConfirmed, Math.max(1, Date.parse(next.at) - Date.now()))) break;
    state.sentReminders.push(next.at);
    const waiting = silent();
    const refused = await sendBatch(
      waiting.flatMap((r) =>
        r.contacts.map((to) => ({
          idempotencyKey: `${workflowId}|implementation-reminder|${next.at}|${r.organisationId}|${to.email.toLowerCase()}`,
          workflowId,
          to,
          dueAt: next.at,
          message: {
            template: 'implementation-reminder' as const,
            guidelineId: input.guidelineId,
            title: input.title,
            deadline: plan.deadline,
            daysLeft: next.daysLeft,
            organisationName: r.organisationName,
            contactName: contact.name,
            contactEmail: contact.email,
          },
        })),
      ),
    );
    await outcome('implementation-reminder-sent', { date: next.date, to: waiting.map((r) => r.organisationId), refused });
  }

  const deadlineAt = expiryInstant(plan.deadline);
  await sleep(Math.max(1, Date.parse(deadlineAt) - Date.now()));
  state.status = 'reported';
  const notConfirmed = silent();
  const recipients = [input.owner, ...plan.preparationGroup].filter(
    (c, i, all) => all.findIndex((o) => o.email.toLowerCase() === c.email.toLowerCase()) === i,
  );
  const refused = await sendBatch(
    recipients.map((to) => ({
      idempotencyKey: `${workflowId}|implementation-report|${to.email.toLowerCase()}`,
      workflowId,
      to,
      dueAt: deadlineAt,
      message: {
        template: 'implementation-report' as const,
        guidelineId: input.guidelineId,
        title: input.title,
        deadline: plan.deadline,
        total: plan.implementers.length,
        confirmed: plan.implementers.length - notConfirmed.length,
        notConfirmed: notConfirmed.map((r) => r.organisationName),
      },
    })),
  );
  await outcome('implementation-deadline-passed', { notConfirmed: notConfirmed.map((r) => r.organisationId), refused });
  await condition(allConfirmed);
  await condition(allHandlersFinished);
  return view();
}
