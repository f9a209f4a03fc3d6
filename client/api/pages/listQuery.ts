import type { Context } from 'hono';
import type { z } from 'zod';
import type { FormState } from '../../web/form';
import { pageQuerySchema } from '../pagination';
import { schemaProblem } from '../problems';

/** How many rows a list page shows. */
export const PAGE_ROWS = 50;

/**
 * A list page's filters from its query string, parsed by the API route's own schema: a filter left empty in the
 * form is not given. What was given comes back as the form's values, and a refusal as its problems.
 */
export function listQuery<S extends z.ZodObject>(
  c: Context,
  schema: S,
): { filters: FormState; query?: z.infer<S>; page: { limit: number; offset: number } } {
  const given = c.req.query();
  const values = Object.fromEntries(Object.keys(schema.shape).flatMap((key) => (given[key]?.trim() ? [[key, given[key].trim()]] : [])));
  const parsed = schema.safeParse(values);
  const offset = pageQuerySchema.shape.offset.safeParse(given.offset).data ?? 0;
  const page = { limit: PAGE_ROWS, offset };
  return parsed.success
    ? { filters: { values, problems: [] }, query: parsed.data, page }
    : { filters: { values, problems: schemaProblem(parsed.error).errors ?? [] }, page };
}
