import { allHandlersFinished, condition, setHandler, startChild, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import type { DraftGuideline } from '../../domain/guideline/guideline';
import { consultationWorkflowId } from '../../domain/ids';
import { consultationRound } from '../consultation/round';
import { keyedOutcomes, recordOutcome } from '../kit/ledger';
import { readModel } from '../kit/readModel';
import { nowIso } from '../kit/time';
import { validatedUpdate } from '../kit/validatedUpdate';
import { wakeAtOrOnChange } from '../kit/wake';
import {
  adoptUpdate,
  extendValidityUpdate,
  GuidelineView,
  guidelineStateQuery,
  planFollowUpUpdate,
  planImplementationUpdate,
  retireUpdate,
  startConsultationUpdate,
} from './api';
import { guidelineProjection } from './projection';
import { guidelineRules, refusedUpdate } from './rules';
import { continueWith, DraftState, endRetired, PeriodState, searchAttributesOf, viewOf } from './state';

/**
 * A guideline being written goes out on consultation rounds (child workflows) and awaits a decision. Adoption ends
 * this run and starts its first validity period as a new one; a draft may also be retired unadopted.
 */
export async function drafting(guideline: DraftGuideline): Promise<GuidelineView> {
  const { workflowId } = workflowInfo();
  const draft: DraftState = { phase: 'drafting', status: 'draft', guideline, consultationRounds: [], implementations: [], followUps: [] };
  /** Set by the decision that puts the guideline in force: this run then only hands it on to its first period. */
  let adopted: PeriodState | undefined;
  let roundFinished = false;
  const state = () => adopted ?? draft;
  const view = () => viewOf(state());
  const rules = guidelineRules(state, () => adopted !== undefined);
  const outcome = keyedOutcomes(recordOutcome, workflowId, () => guideline.id);

  setHandler(guidelineStateQuery, view);
  readModel(() => guidelineProjection(workflowId, state()));

  validatedUpdate(startConsultationUpdate, rules.startConsultation, async (start) => {
    draft.status = 'in-consultation';
    roundFinished = false;
    const round = draft.consultationRounds.length + 1;
    const roundId = consultationWorkflowId(guideline.id, round);
    draft.consultationRounds.push({ round, workflowId: roundId, opensOn: start.opensOn, deadline: start.deadline });
    const child = await startChild(consultationRound, {
      workflowId: roundId,
      args: [{ guidelineId: guideline.id, round, ...start }],
    });
    // A round that fails or is terminated by an operator still hands the guideline on to its decision.
    child.result().then(
      () => (roundFinished = true),
      () => (roundFinished = true),
    );
    upsertSearchAttributes(searchAttributesOf(draft));
    await outcome(`consultation|${round}`, 'consultation-started', { round, workflowId: roundId, deadline: start.deadline });
    return view();
  });

  validatedUpdate(adoptUpdate, rules.adopt, (adoption) => {
    adopted = {
      ...draft,
      phase: 'validity',
      status: 'in-force',
      guideline: { ...guideline, validFrom: adoption.validFrom, validUntil: adoption.validUntil },
      adoption: { ...adoption, at: nowIso() },
      period: 1,
      periodStartedAt: nowIso(),
      sentReminders: [],
      extensions: [],
    };
    return view();
  });

  validatedUpdate(retireUpdate, rules.retire, (retirement) => {
    const retiring = state();
    retiring.retirement = { ...retirement, at: nowIso() };
    retiring.status = 'retired';
    return view();
  });

  // What a guideline in force does; the rules say why a draft does not (it is adopted first).
  refusedUpdate(extendValidityUpdate, rules.extend);
  refusedUpdate(planImplementationUpdate, rules.planImplementation);
  refusedUpdate(planFollowUpUpdate, rules.planFollowUp);

  await outcome('registered', 'registered', { guideline });

  const decided = () => adopted !== undefined || draft.status === 'retired';
  const roundClosed = () => draft.status === 'in-consultation' && roundFinished;
  while (!decided()) {
    await wakeAtOrOnChange(undefined, () => decided() || roundClosed());
    if (roundClosed()) {
      draft.status = 'awaiting-decision';
      upsertSearchAttributes(searchAttributesOf(draft));
      await outcome(`awaiting-decision|${draft.consultationRounds.length}`, 'awaiting-decision', {});
    }
  }

  if (adopted && adopted.status !== 'retired') {
    await outcome('adopted', 'adopted', { ...adopted.adoption });
    await condition(allHandlersFinished);
  }
  // A retirement may still have come in while the adoption was recorded.
  const last = state();
  if (last.phase === 'validity' && last.status !== 'retired') {
    return continueWith({ ...last, status: 'in-force', periodStartedAt: nowIso() });
  }
  return endRetired(last, outcome);
}
