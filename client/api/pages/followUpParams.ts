import type { Context } from 'hono';
import { guidelineIdSchema } from '../../../domain/guideline/guideline';

/** A guideline's id from the path, if it is one. */
export const guidelineIdParam = (c: Context): string | undefined => guidelineIdSchema.safeParse(c.req.param('id')).data;

/** The guideline and the number of its implementation deadline or follow-up from the path (`/guidelines/:id/…/:n`), if they are ones. */
export function nthParams(c: Context): { id: string; n: number } | undefined {
  const id = guidelineIdParam(c);
  const n = c.req.param('n');
  return id !== undefined && n !== undefined && /^[1-9]\d{0,5}$/.test(n) ? { id, n: Number(n) } : undefined;
}
