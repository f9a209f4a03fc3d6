import { z } from 'zod';

/** Raised for input that breaks a rule; the message names each field and what is wrong with it. */
export class ValidationError extends Error {
  constructor(readonly problems: string[]) {
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
