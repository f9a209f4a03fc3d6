import { Hono } from 'hono';
import { ForecastPage } from '../../web/pages/forecast';
import { allow } from '../auth/guard';
import { AppDeps, nowOf, WebEnv } from '../env';
import { forecastOn, forecastQuery } from '../forecast';
import { pageContext } from '../render';
import { listQuery } from './listQuery';

/** Every mail the engine will send in the next twelve months, by organisation and person. */
export function forecastPages(deps: AppDeps) {
  return new Hono<WebEnv>().get('/forecast', allow('read'), async (c) => {
    const { filters, query, page } = listQuery(c, forecastQuery);
    const found = query ? await forecastOn(deps.db, nowOf(deps), query, page) : { items: [], total: 0 };
    return c.html(
      <ForecastPage
        page={pageContext(c)}
        filters={filters}
        rows={found.items}
        total={found.total}
        organisations={deps.organisations.organisations}
        {...page}
      />,
      query ? 200 : 422,
    );
  });
}
