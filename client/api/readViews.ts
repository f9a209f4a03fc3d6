import type { Store } from '../../activities/store/database';
import { findSubject } from '../../activities/store/readModel';
import { Failure } from '../../domain/failures';
import { consultationWorkflowId, guidelineWorkflowId } from '../../domain/ids';
import { ValidationError } from '../../domain/validation';
import type { ConsultationView } from '../../workflows/consultation/api';
import type { GuidelineView } from '../../workflows/guideline/api';

/** A view the read model holds, or the 404 the typed client gives for a workflow it cannot find, naming the field. */
async function viewOf<View>(db: Store, workflowId: string, notFound: string): Promise<View> {
  const subject = await findSubject<View>(db, workflowId);
  if (!subject) throw new ValidationError([notFound], Failure.NotFound);
  return subject.view;
}

/** A guideline's state as its workflow last published it: the view its Query returns. */
export const guidelineViewOf = (db: Store, id: string) =>
  viewOf<GuidelineView>(db, guidelineWorkflowId(id), `guidelineId: no guideline '${id}'`);

/** A round's state as its workflow last published it: the view its Query returns. */
export const roundViewOf = (db: Store, id: string, round: number) =>
  viewOf<ConsultationView>(db, consultationWorkflowId(id, round), `round: guideline '${id}' has no consultation round ${round}`);
