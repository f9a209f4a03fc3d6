import { z } from '@hono/zod-openapi';
import type { Store } from '../../activities/store/database';
import { upcomingMailCount, upcomingMailWhere } from '../../activities/store/readModel';
import { addMonths, stockholmDate, stockholmInstant } from '../../domain/calendar/dates';
import { email } from '../../domain/fields';
import type { SubjectKind } from '../../domain/readModel';
import { Page, pageOf, PageQuery } from './pagination';

/** How far ahead the forecast looks. */
export const FORECAST_MONTHS = 12;

/** The forecast's filters, on the page and the API alike: an organisation's id, a person's address. */
export const forecastQuery = z.object({
  organisation: z.string().trim().max(80).optional().openapi({ description: "an organisation's id", example: 'kommun-boras' }),
  email: email.optional().openapi({ description: "a person's address, any case" }),
});
export type ForecastQuery = z.infer<typeof forecastQuery>;

/** One recipient of one mail to come. */
export interface ForecastEntry {
  at: string;
  /** The mail's template, e.g. `expiry-reminder`. */
  purpose: string;
  workflowId: string;
  kind: SubjectKind;
  /** The title of what it is about. */
  title: string;
  name: string;
  email: string;
  organisationId?: string;
}

/**
 * Every mail the engine will send in the next twelve months from `now`, one row per recipient, soonest first: the
 * read model's upcoming mail, which each workflow computes with the schedule functions it sends by.
 */
export async function forecastOn(db: Store, now: Date, query: ForecastQuery, page: PageQuery): Promise<Page<ForecastEntry>> {
  const until = stockholmInstant(addMonths(stockholmDate(now.getTime()), FORECAST_MONTHS));
  const filter = { from: now.toISOString(), until, organisationId: query.organisation, email: query.email };
  const [rows, total] = await Promise.all([
    upcomingMailWhere(db, filter).limit(page.limit).offset(page.offset).execute(),
    upcomingMailCount(db, filter),
  ]);
  return pageOf(
    page,
    total,
    rows.map((m) => ({
      at: m.at,
      purpose: m.purpose,
      workflowId: m.workflow_id,
      kind: m.kind as SubjectKind,
      title: m.title,
      name: m.name,
      email: m.email,
      ...(m.organisation_id ? { organisationId: m.organisation_id } : {}),
    })),
  );
}
