import type { UpdateDefinition } from '@temporalio/common';
import { consultationStartSchemaOn } from '../../domain/consultation/consultation';
import { implementationPlanSchemaOn } from '../../domain/followUp/implementation';
import { followUpPlanSchemaOn } from '../../domain/followUp/survey';
import {
  adoptionProblem,
  adoptSchema,
  consultationProblem,
  extendValiditySchema,
  extensionProblem,
  followUpProblem,
  retirementProblem,
  retireSchema,
} from '../../domain/guideline/guideline';
import { refuse } from '../kit/failures';
import { today } from '../kit/time';
import { UpdateRules, validatedUpdate } from '../kit/validatedUpdate';
import type { GuidelineView } from './api';
import type { GuidelineState } from './state';

/** The same request succeeds once the new run has begun. */
const STARTING_NEW_PERIOD = 'status: the guideline is starting a new validity period; try again in a moment';

/** Types an act's domain rule by what its schema parses. */
const rule = <T>(rules: UpdateRules<T>) => rules;

/**
 * What each act on a guideline must satisfy, asked of its state in whichever phase it is: the schemas and domain
 * rules the client checks too. `startingNewPeriod` is true while a decision hands the guideline on to its next run,
 * when only a retirement may still come in.
 */
export function guidelineRules(state: () => GuidelineState, startingNewPeriod: () => boolean) {
  const busy = () => (startingNewPeriod() ? STARTING_NEW_PERIOD : undefined);
  const status = () => state().status;
  const validUntil = () => {
    const s = state();
    return s.phase === 'validity' ? s.guideline.validUntil : undefined;
  };
  return {
    startConsultation: rule({ schema: consultationStartSchemaOn, busy, problem: () => consultationProblem(status()) }),
    adopt: rule({ schema: adoptSchema, busy, problem: () => adoptionProblem(status()) }),
    extend: rule({ schema: extendValiditySchema, busy, problem: (ext) => extensionProblem(status(), validUntil(), ext, today()) }),
    retire: rule({ schema: retireSchema, problem: () => retirementProblem(status()) }),
    planImplementation: rule({
      schema: implementationPlanSchemaOn,
      busy,
      problem: () => followUpProblem(status(), 'an implementation deadline'),
    }),
    planFollowUp: rule({ schema: followUpPlanSchemaOn, busy, problem: () => followUpProblem(status(), 'a follow-up') }),
  };
}

/**
 * Registers an act of the other phase, so that a caller hears the domain's reason (a draft is adopted before it is
 * extended; a guideline in force takes no consultation round) rather than that nothing handles it. Every status of
 * the phase fails its rules, so the validator refuses it and it never reaches the history.
 */
export function refusedUpdate<A, T>(definition: UpdateDefinition<GuidelineView, [A]>, rules: UpdateRules<T>): void {
  validatedUpdate(definition, rules, () => refuse(`status: the guideline takes no '${definition.name}' now`));
}
