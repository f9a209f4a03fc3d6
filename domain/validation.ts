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

const pathOf = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : '(input)');

/** One line per problem, naming its field; an unknown key is named itself, at its place in the input. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `${pathOf([...issue.path, key])}: is not a known field`)
      : [`${pathOf(issue.path)}: ${issue.message}`],
  );
}

/** Parses with a zod schema and throws a ValidationError naming the fields on failure. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(describeIssues(result.error));
  return result.data;
}
