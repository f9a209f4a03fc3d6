import { workflowInfo } from '@temporalio/workflow';
import { daysBetween, stockholmDate } from '../../domain/calendar/dates';
import {
  occurrence,
  occurrenceYearAt,
  taskRecipients,
  YearlyOccurrence,
  YearlyTask,
  yearlyTaskScheduleId,
} from '../../domain/yearlyTask/yearlyTask';
import { sendBatch } from '../kit/mail';
import { recordOutcome } from '../kit/ledger';

export interface YearlyTaskRun extends YearlyOccurrence {
  taskId: string;
  recipients: string[];
  refused: Array<{ recipient: string; reason: string }>;
}

/**
 * One year's occurrence of a yearly task, started by its Schedule (or by hand): mails the owner and the other
 * recipients. Keys carry the task and the occurrence's year, not this run's ID (a Schedule appends each run's
 * start time to it), so a catch-up or a manual trigger in the same year mails nobody twice.
 */
export async function yearlyTask(task: YearlyTask): Promise<YearlyTaskRun> {
  const now = Date.now();
  const subjectId = yearlyTaskScheduleId(task.id);
  const { workflowId } = workflowInfo();
  const occurs = occurrence(task, occurrenceYearAt(task, now));
  const key = `${subjectId}|${occurs.year}`;
  const recipients = taskRecipients(task);
  const refused = await sendBatch(
    recipients.map((to) => ({
      idempotencyKey: `${key}|${to.email.toLowerCase()}`,
      workflowId,
      to,
      dueAt: occurs.at,
      message: {
        template: 'yearly-task' as const,
        taskId: task.id,
        title: task.title,
        description: task.description,
        year: occurs.year,
        guidelineId: task.guidelineId,
        dueDate: occurs.dueDate,
        daysLeft: occurs.dueDate ? daysBetween(stockholmDate(now), occurs.dueDate) : undefined,
        ownerName: task.owner.name,
        ownerEmail: task.owner.email,
      },
    })),
  );
  const run = { taskId: task.id, ...occurs, recipients: recipients.map((r) => r.email), refused };
  await recordOutcome({
    key: `${key}|yearly-task-sent`,
    workflowId,
    subjectId,
    kind: 'yearly-task-sent',
    occurredAt: new Date(now).toISOString(),
    details: { ...run, guidelineId: task.guidelineId ?? null },
  });
  return run;
}
