import type { z } from 'zod';
import type { Act } from '../../../domain/access';
import { Failure } from '../../../domain/failures';
import { ValidationError } from '../../../domain/validation';
import type { FormState } from '../../web/form';
import { performed } from '../acts';
import type { AppDeps, SignedInUser } from '../env';
import { FieldProblem, fieldProblems, refusalProblem, schemaProblem } from '../problems';

/** A form's fields named `${scope}.${field}`, where a page holds several forms and each control needs an id of its own. */
export function fieldsOf(fields: Record<string, string>, scope: string): Record<string, string> {
  const prefix = `${scope}.`;
  return Object.fromEntries(Object.entries(fields).flatMap(([k, v]) => (k.startsWith(prefix) ? [[k.slice(prefix.length), v]] : [])));
}

/** A field left empty is left out: the strict schemas refuse an empty string where a value is optional. */
export const given = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

/** A whole number typed into a form, or what was typed, for the schema to refuse by name. */
export const numberOrText = (value: string | undefined): number | string | undefined => {
  const text = given(value?.trim());
  return text !== undefined && /^\d{1,9}$/.test(text) ? Number(text) : text;
};

export type Refused = { form: FormState; status: 409 | 422 | 503 };
export type Acted<T> = { done: T } | { refused: Refused };

const scoped = (problems: FieldProblem[], scope?: string): FieldProblem[] =>
  scope ? problems.map((p) => (p.field ? { ...p, field: `${scope}.${p.field}` } : p)) : problems;

/**
 * A form's act: its input is validated by the schema of the API's route (`explain` names the fields of a union's
 * member, as the route does), then done through a typed client inside `performed`. A refusal, by the schema or by
 * the client, comes back as the form with what was typed and each problem at its field: 422 for the input, 409 for
 * the state, 503 for a busy moment. An act on something that does not exist is thrown, for the 404 page.
 */
export async function actOnForm<S extends z.ZodType, T>(
  deps: AppDeps,
  user: SignedInUser,
  form: {
    act: Act;
    /** What the act is done on, as the API's route records it; of the parsed input when the input names it. */
    target: string | ((input: z.output<S>) => string);
    schema: S;
    explain?: z.ZodType;
    input: unknown;
    /** Every field as it was posted, for the form to show again. */
    values: Record<string, string>;
    scope?: string;
    run: (input: z.output<S>) => Promise<T>;
  },
): Promise<Acted<T>> {
  const parsed = form.schema.safeParse(form.input);
  if (!parsed.success) {
    const error = form.explain?.safeParse(form.input).error ?? parsed.error;
    const problems = scoped(schemaProblem(error).errors ?? [], form.scope);
    return { refused: { form: { values: form.values, problems }, status: 422 } };
  }
  try {
    const target = typeof form.target === 'string' ? form.target : form.target(parsed.data);
    return { done: await performed(deps, user, form.act, target, () => form.run(parsed.data)) };
  } catch (err) {
    if (!(err instanceof ValidationError) || err.type === Failure.NotFound) throw err;
    const status = refusalProblem(err).status;
    const problems = scoped(fieldProblems(err.problems), form.scope);
    return { refused: { form: { values: form.values, problems }, status: status === 409 || status === 503 ? status : 422 } };
  }
}

/** A contact's fields, named `${prefix}.name` and so on, as the contact schema takes them. */
export function contactFrom(fields: Record<string, string>, prefix: string) {
  const f = fieldsOf(fields, prefix);
  return { name: f.name, email: f.email, organisationId: f.organisationId, role: f.role, language: given(f.language) };
}
