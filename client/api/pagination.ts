import { z } from '@hono/zod-openapi';
import type { SelectQueryBuilder } from 'kysely';

export const MAX_PAGE = 200;

/** `?limit=&offset=` on every list: at most MAX_PAGE items a page. */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE)
    .default(50)
    .openapi({ description: `items per page, at most ${MAX_PAGE}` }),
  offset: z.coerce.number().int().min(0).default(0).openapi({ description: 'items to skip' }),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

/** A page of a list: its items, how many there are in all, and where the next page starts if there is one. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    nextOffset: z.number().int().optional().openapi({ description: 'absent on the last page' }),
  });

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
  nextOffset?: number;
}

export function pageOf<T>(query: PageQuery, total: number, items: T[]): Page<T> {
  const next = query.offset + items.length;
  return { items, total, limit: query.limit, offset: query.offset, ...(next < total ? { nextOffset: next } : {}) };
}

/** One page of an ordered query and the count of all its rows, in the SQL both SQLite and PostgreSQL speak. */
export async function pageFromQuery<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, page: PageQuery): Promise<Page<O>> {
  const [items, counted] = await Promise.all([
    query.limit(page.limit).offset(page.offset).execute(),
    query
      .clearSelect()
      .clearOrderBy()
      .select((eb) => eb.fn.countAll().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  // PostgreSQL counts in bigint, which its driver hands over as a string.
  return pageOf(page, Number((counted as { total: unknown }).total), items);
}
