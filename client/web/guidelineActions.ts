import { Act, may, Role } from '../../domain/access';
import {
  adoptionProblem,
  consultationProblem,
  extensionStatusProblem,
  followUpProblem,
  GuidelineStatus,
  retirementProblem,
} from '../../domain/guideline/guideline';

export type GuidelineAction = 'adopt' | 'extend' | 'retire' | 'startRound' | 'planImplementation' | 'planFollowUp';

/** Each action's act in the access table, and what the domain's own rules say against it in a status. */
export const guidelineActionRules: Record<GuidelineAction, { act: Act; problemIn: (status: GuidelineStatus) => string | undefined }> = {
  adopt: { act: 'guideline.adopt', problemIn: adoptionProblem },
  extend: { act: 'guideline.extend', problemIn: extensionStatusProblem },
  retire: { act: 'guideline.retire', problemIn: retirementProblem },
  startRound: { act: 'consultation.start', problemIn: consultationProblem },
  planImplementation: { act: 'implementation.plan', problemIn: (s) => followUpProblem(s, 'an implementation deadline') },
  planFollowUp: { act: 'followUp.plan', problemIn: (s) => followUpProblem(s, 'a follow-up') },
};

/** What the signed-in role may do to a guideline in this status. */
export const guidelineActions = (status: GuidelineStatus, role: Role): GuidelineAction[] =>
  (Object.keys(guidelineActionRules) as GuidelineAction[]).filter(
    (action) => !guidelineActionRules[action].problemIn(status) && may(role, guidelineActionRules[action].act),
  );
