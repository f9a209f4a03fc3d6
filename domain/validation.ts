import { z } from 'zod';
import { Failure, RefusalType } from './failures';

/**
 * Raised for input that is refused; each problem names its field and what is wrong with it. The type says why:
 * the input itself (InvalidInput), the state it meets (WrongState), what it names does not exist (NotFound),
 * or a moment's refusal (Busy).
 */
export class ValidationError extends Error {
  constructor(
    readonly problems: string[],
    readonly type: RefusalType = Failure.InvalidInput,
  ) {
    super(problems.join('; '));
    this.name = 'ValidationError';
  }
}

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(input)'}: ${issue.message}`);
}

/** Parses with a zod schema and throws a ValidationError naming the fields on failure. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(describeIssues(result.error));
  return result.data;
}
