import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { Failure } from '../domain/failures';
import { guidelineWorkflowId } from '../domain/ids';
import { BodyDirectory, meetingInputFor } from '../domain/meeting/bodies';
import { ValidationError } from '../domain/validation';
import { ensureMeetingStarted } from './meetingStart';
import { adoptUpdate, extendValidityUpdate, guidelineStateQuery } from '../workflows/guideline/api';
import { addItemUpdate, meetingAgendaQuery } from '../workflows/meeting/api';
import type { AgendaPlacement, GuidelineDecisionRequest } from './types';

type Rejection = typeof Failure.DecisionRejected | typeof Failure.AgendaRejected;

/**
 * Another workflow's refusal, as a failure of this activity. A moment's refusal (Busy: the workflow is moving to
 * its next run) is retried; any other is final, and the meeting passes it on without retrying.
 */
function refusal(err: unknown, type: Rejection, notFound: string): unknown {
  if (err instanceof WorkflowUpdateFailedError) {
    const reason = err.cause?.message ?? err.message;
    if (err.cause instanceof ApplicationFailure && err.cause.type === Failure.Busy)
      return ApplicationFailure.retryable(reason, Failure.Busy);
    return ApplicationFailure.nonRetryable(reason, type);
  }
  if (err instanceof WorkflowNotFoundError) return ApplicationFailure.nonRetryable(notFound, type);
  if (err instanceof ValidationError) return ApplicationFailure.nonRetryable(err.message, type);
  return err;
}

/** Activities through which a meeting's decisions reach other workflows: the client's Updates, with their validators. */
export function meetingDeliveryActivities(client: Client, taskQueue: string, bodies: BodyDirectory) {
  return {
    async applyGuidelineDecision(request: GuidelineDecisionRequest): Promise<{ status: string; validUntil?: string }> {
      const handle = client.workflow.getHandle(guidelineWorkflowId(request.guidelineId));
      try {
        // The Update id makes a retried activity find the first attempt's result instead of deciding twice.
        const view =
          request.update === 'adopt'
            ? await handle.executeUpdate(adoptUpdate, { args: [request.payload], updateId: request.updateId })
            : await handle.executeUpdate(extendValidityUpdate, { args: [request.payload], updateId: request.updateId });
        return { status: view.status, validUntil: view.guideline.validUntil };
      } catch (err) {
        if (err instanceof WorkflowUpdateFailedError) {
          // The guideline took this decision on an earlier attempt and has since begun its next period.
          const view = await handle.query(guidelineStateQuery);
          const ref = request.payload.decisionRef;
          if (view.adoption?.decisionRef === ref || view.extensions.some((e) => e.decisionRef === ref)) {
            return { status: view.status, validUntil: view.guideline.validUntil };
          }
        }
        throw refusal(err, Failure.DecisionRejected, `subject.id: there is no guideline '${request.guidelineId}'`);
      }
    },

    async placeOnAgenda({ body, date, item }: AgendaPlacement): Promise<{ meetingId: string }> {
      try {
        const meetingId = await ensureMeetingStarted(client, taskQueue, meetingInputFor(bodies, body, date));
        const handle = client.workflow.getHandle(meetingId);
        const agenda = await handle.query(meetingAgendaQuery);
        // Already placed by an earlier attempt of this activity.
        if (agenda.items.some((i) => i.itemId === item.itemId && i.origin?.meetingId === item.origin?.meetingId)) return { meetingId };
        if (agenda.status === 'closed') throw new ValidationError([`toMeeting: ${body} ${date} has already been held`]);
        await handle.executeUpdate(addItemUpdate, { args: [item] });
        return { meetingId };
      } catch (err) {
        throw refusal(err, Failure.AgendaRejected, `toMeeting: there is no meeting ${body} ${date}`);
      }
    },
  };
}
