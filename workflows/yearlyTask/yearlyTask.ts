import { patched, workflowInfo } from '@temporalio/workflow';
import { daysBetween, stockholmDate } from '../../domain/calendar/dates';
import { yearlyTaskScheduleId } from '../../domain/ids';
import { calendarUid } from '../../domain/mail/calendarEvent';
import { occurrence, occurrenceYearAt, sendingWait, taskRecipients, YearlyTask } from '../../domain/yearlyTask/yearlyTask';
import type { YearlyTaskRun } from './api';
import { recordOutcome } from '../kit/ledger';
import { mailToContacts, sendBatch } from '../kit/mail';
import { nowIso } from '../kit/time';
import { wakeAt } from '../kit/wake';

/** Runs started before this change mailed on the Schedule's day, whatever day it was. */
const MAIL_ON_BUSINESS_DAYS = 'yearly-task-mails-on-business-days';

/**
 * One year's occurrence of a yearly task, started by its Schedule (or by hand): mails the owner and the other
 * recipients, on the next business day when the task's day is a day off. Keys carry the task and the occurrence's
 * year, not this run's ID (a Schedule appends each run's start time to it), so a catch-up or a manual trigger in
 * the same year mails nobody twice; the ledger's rows still name the run that wrote them.
 */
export async function yearlyTask(task: YearlyTask): Promise<YearlyTaskRun> {
  const startedAt = Date.now();
  const subjectId = yearlyTaskScheduleId(task.id);
  const { workflowId } = workflowInfo();
  const occurs = occurrence(task, occurrenceYearAt(task, startedAt));
  const wait = sendingWait(occurs, startedAt);
  const sendsAt = wait !== undefined && patched(MAIL_ON_BUSINESS_DAYS) ? wait : undefined;
  if (sendsAt) await wakeAt(sendsAt);
  const year = String(occurs.year);
  const recipients = taskRecipients(task);
  const mail = mailToContacts({ workflowId: subjectId, event: year, dueAt: sendsAt ?? occurs.at }, recipients, {
    template: 'yearly-task',
    taskId: task.id,
    title: task.title,
    description: task.description,
    year: occurs.year,
    guidelineId: task.guidelineId,
    dueDate: occurs.dueDate,
    daysLeft: occurs.dueDate ? daysBetween(stockholmDate(Date.now()), occurs.dueDate) : undefined,
    ownerName: task.owner.name,
    ownerEmail: task.owner.email,
    calendar: { uid: calendarUid(subjectId, occurs.year, 'due'), sequence: 0 },
  });
  const refused = await sendBatch(mail.map((request) => ({ ...request, workflowId })));
  const run = { taskId: task.id, ...occurs, recipients: recipients.map((r) => r.email), refused };
  await recordOutcome({
    key: `${subjectId}|${year}|yearly-task-sent`,
    workflowId,
    subjectId,
    kind: 'yearly-task-sent',
    occurredAt: nowIso(),
    details: { ...run, guidelineId: task.guidelineId ?? null },
  });
  return run;
}
