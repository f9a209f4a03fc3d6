import { Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { WorkflowIdReusePolicy } from '@temporalio/common';
import { meetingWorkflowId } from '../domain/ids';
import type { MeetingInput } from '../domain/meeting/meeting';

/**
 * Starts the meeting's workflow unless it already runs or has run: a meeting happens once, so a held
 * meeting is never started again under its id. Used by the client and by the activity that moves items.
 */
export async function ensureMeetingStarted(client: Client, taskQueue: string, input: MeetingInput): Promise<string> {
  const workflowId = meetingWorkflowId(input.body, input.date);
  try {
    // By its type name: activities run beside the workflows, never inside them.
    await client.workflow.start('meeting', {
      workflowId,
      taskQueue,
      args: [input],
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
  return workflowId;
}
