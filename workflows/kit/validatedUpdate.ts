import type { UpdateDefinition } from '@temporalio/common';
import { currentUpdateInfo, setHandler } from '@temporalio/workflow';
import type { z } from 'zod';
import type { IsoDate } from '../../domain/calendar/dates';
import { Failure } from '../../domain/failures';
import { describeIssues, ValidationError } from '../../domain/validation';
import { refusal } from './failures';
import { publishChanges } from './readModel';
import { today } from './time';

export interface UpdateRules<T> {
  /** The input's shape, and whatever it must satisfy on its own (a date that must lie ahead is checked against today). */
  schema: z.ZodType<T> | ((today: IsoDate) => z.ZodType<T>);
  /** A domain `…Problem` rule: what the workflow's current state refuses, naming the field. */
  problem?: (input: T) => string | undefined;
  /** A moment's refusal (the workflow is moving to its next run): callers retry the same request. */
  busy?: () => string | undefined;
}

/**
 * Registers an Update whose validator parses the input once with the schema and checks the domain rule, and whose
 * handler receives the parsed value. Refusals fail the Update with a named type (InvalidInput, WrongState, Busy);
 * a ValidationError the handler raises does the same, so that no refusal ever fails the workflow task.
 */
export function validatedUpdate<Ret, Arg, T>(
  definition: UpdateDefinition<Ret, [Arg]>,
  rules: UpdateRules<T>,
  handler: (input: T) => Ret | Promise<Ret>,
): void {
  // The validator and the handler decode the input separately; the handler runs right after its validator, in the
  // same activation, so the parsed value waits here under the Update's id. On replay no validator runs, and the
  // handler parses again, to the same value.
  const parsed = new Map<string, T>();
  const parse = (input: unknown): T => {
    const schema = typeof rules.schema === 'function' ? rules.schema(today()) : rules.schema;
    const result = schema.safeParse(input);
    if (!result.success) throw refusal(new ValidationError(describeIssues(result.error), Failure.InvalidInput));
    return result.data;
  };
  setHandler(
    definition,
    async (input: Arg) => {
      const id = currentUpdateInfo()?.id ?? '';
      const value = parsed.has(id) ? (parsed.get(id) as T) : parse(input);
      parsed.delete(id);
      try {
        const result = await handler(value);
        // Whoever acted reads the new state from the read model as soon as the Update returns.
        const publishing = publishChanges();
        if (publishing) await publishing;
        return result;
      } catch (err) {
        if (err instanceof ValidationError) throw refusal(err);
        throw err;
      }
    },
    {
      validator: (input: Arg) => {
        const busy = rules.busy?.();
        if (busy) throw refusal(new ValidationError([busy], Failure.Busy));
        const value = parse(input);
        const problem = rules.problem?.(value);
        if (problem) throw refusal(new ValidationError([problem], Failure.WrongState));
        parsed.set(currentUpdateInfo()?.id ?? '', value);
      },
    },
  );
}
