import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { BodyDirectory, meetingInputFor } from '../domain/meeting/bodies';
import { ValidationError } from '../domain/validation';
import { ensureMeetingStarted } from './meetingStart';
import { guidelineWorkflowId } from '../domain/ids';
import { adoptUpdate, extendValidityUpdate, guidelineStateQuery } from '../workflows/guideline/api';
import { addItemUpdate, meetingAgendaQuery } from '../workflows/meeting/api';
import type { AgendaPlacement, GuidelineDecisionRequest } from './types';

/** The refusal of another workflow's validator, as a failure the meeting passes on without retrying. */
function refusal(err: unknown, type: string, notFound: string): unknown {
  if (err instanceof WorkflowUpdateFailedError) return ApplicationFailure.nonRetryable(err.cause?.message ?? err.message, type);
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
          // A moment's refusal while the guideline moves to its new period: retried, not final.
          if (/starting a new validity period/.test(err.cause?.message ?? '')) throw new Error(err.cause?.message);
        }
        throw refusal(err, 'DecisionRejected', `subject.id: there is no guideline '${request.guidelineId}'`);
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
        throw refusal(err, 'AgendaRejected', `toMeeting: there is no meeting ${body} ${date}`);
      }
    },
  };
}
