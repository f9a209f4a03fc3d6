import { z } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import { Failure, RefusalType } from '../../domain/failures';
import { describeIssues, ValidationError } from '../../domain/validation';

/** One field's problem: `owner.email`, and what is wrong with it. */
export const fieldProblemSchema = z.object({
  field: z.string().optional().openapi({ description: 'the field, as a dotted path into the request', example: 'owner.email' }),
  detail: z.string().openapi({ example: 'must be an e-mail address' }),
});
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

/** RFC 9457 problem details, with the fields at fault in `errors`. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(fieldProblemSchema).optional(),
  })
  .openapi('Problem');

/** A problem as the code builds it: its status is one this API answers with. */
export interface Problem {
  type: string;
  title: string;
  status: ProblemStatus;
  detail?: string;
  errors?: FieldProblem[];
}

const kinds = {
  400: ['bad-request', 'The request cannot be read'],
  401: ['unauthenticated', 'Sign in first'],
  403: ['forbidden', 'Not allowed'],
  404: ['not-found', 'Not found'],
  409: ['wrong-state', 'Refused in the current state'],
  413: ['too-large', 'The request is too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  422: ['invalid-input', 'The input is refused'],
  429: ['too-many-requests', 'Too many requests; try again in a minute'],
  500: ['internal', 'Something went wrong on our side'],
  503: ['busy', 'Busy for a moment; try again'],
} as const;
export type ProblemStatus = keyof typeof kinds;

export function problem(status: ProblemStatus, detail?: string, errors?: FieldProblem[]): Problem {
  const [slug, title] = kinds[status];
  return { type: `/api/problems/${slug}`, title, status, ...(detail ? { detail } : {}), ...(errors?.length ? { errors } : {}) };
}

/** The response itself; a Busy refusal says when to come back. */
export function problemResponse(p: Problem): Response {
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (p.status === 503) headers['retry-after'] = '1';
  return new Response(JSON.stringify(p), { status: p.status, headers });
}

const statusOf: Record<RefusalType, ProblemStatus> = {
  [Failure.InvalidInput]: 422,
  [Failure.WrongState]: 409,
  [Failure.NotFound]: 404,
  [Failure.Busy]: 503,
};

/** A typed client's problems read `field: what is wrong`; a problem of the whole input names no field. */
export function fieldProblems(problems: string[]): FieldProblem[] {
  return problems.map((text) => {
    const m = /^([\w.[\]-]+): ([\s\S]*)$/.exec(text);
    return m && m[1] !== '(input)' ? { field: m[1], detail: m[2] } : { detail: text.replace(/^\(input\): /, '') };
  });
}

/** A typed client's refusal, by its type: 422, 409, 404 or 503. */
export const refusalProblem = (err: ValidationError): Problem =>
  problem(statusOf[err.type], err.problems.join('; '), fieldProblems(err.problems));

/** A request that fails its schema: 422, each issue with its field. */
export const schemaProblem = (error: ZodError): Problem =>
  // describeIssues names each unknown key, which zod keeps beside the path rather than in it.
  problem(422, 'the request does not match its schema', fieldProblems(describeIssues(error)));

/** Thrown by a handler to answer with a problem of its own (wrong password, local sign-in switched off). */
export class Refusal extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}
