import { Hono } from 'hono';
import { OverviewPage } from '../../web/pages/overview';
import { styleSheet } from '../../web/styles';
import { allow } from '../auth/guard';
import { AppDeps, todayOf, WebEnv } from '../env';
import { overviewOn } from '../overview';
import { pageContext } from '../render';

/** The start page, the overview ("Att göra"), and the style sheet every page links. */
export function startPages(deps: AppDeps) {
  return new Hono<WebEnv>()
    .get('/', allow('read'), async (c) =>
      c.html(<OverviewPage page={pageContext(c)} overview={await overviewOn(deps.db, todayOf(deps))} />),
    )
    .get('/assets/site.css', (c) =>
      c.body(styleSheet, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
    );
}
