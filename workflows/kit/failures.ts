import { ActivityFailure, ApplicationFailure } from '@temporalio/workflow';
import { Failure, FailureType } from '../../domain/failures';
import { ValidationError } from '../../domain/validation';

/** A refusal that fails only the Update (or the workflow) it is raised in, never the workflow task. */
export function refusal(error: ValidationError): ApplicationFailure {
  return ApplicationFailure.create({ type: error.type, message: error.message, details: [error.problems], nonRetryable: true });
}

/** Refuses with the problem naming its field; `type` says why (the input, the state, a moment's refusal). */
export function refuse(
  problem: string,
  type: (typeof Failure)['WrongState' | 'InvalidInput' | 'NotFound' | 'Busy'] = Failure.WrongState,
): never {
  throw refusal(new ValidationError([problem], type));
}

/** The named type of an activity's final failure, if it failed with one of ours. */
export function activityFailureType(err: unknown): FailureType | undefined {
  if (!(err instanceof ActivityFailure) || !(err.cause instanceof ApplicationFailure)) return undefined;
  const type = err.cause.type;
  return (Object.values(Failure) as string[]).includes(type ?? '') ? (type as FailureType) : undefined;
}
