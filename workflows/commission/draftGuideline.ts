import { ParentClosePolicy, startChild, WorkflowIdReusePolicy } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { Failure } from '../../domain/failures';
import type { DraftGuideline } from '../../domain/guideline/guideline';
import { guidelineWorkflowId } from '../../domain/ids';
import { ValidationError } from '../../domain/validation';
import { guidelineLifecycle } from '../guideline/lifecycle';
import { guidelineSearchAttributes } from '../guideline/searchAttributes';

/** Starts the lifecycle of a guideline drafted by a commission; a guideline already registered under its id refuses it. */
export async function startDraftGuideline(draft: DraftGuideline): Promise<string> {
  const workflowId = guidelineWorkflowId(draft.id);
  try {
    await startChild(guidelineLifecycle, {
      workflowId,
      // A guideline outlives the commission that proposed it.
      parentClosePolicy: ParentClosePolicy.ABANDON,
      workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      args: [{ guideline: draft }],
      typedSearchAttributes: guidelineSearchAttributes(draft, 'draft'),
    });
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) {
      throw new ValidationError([`draft.id: a guideline '${draft.id}' is already registered`], Failure.WrongState);
    }
    throw err;
  }
  return workflowId;
}
