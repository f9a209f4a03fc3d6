import { Hono } from 'hono';
import { StartPage } from '../../web/pages/start';
import { styleSheet } from '../../web/styles';
import { allow } from '../auth/guard';
import type { WebEnv } from '../env';
import { pageContext } from '../render';

/** The start page (the overview's place) and the style sheet every page links. */
export function startPages() {
  return new Hono<WebEnv>()
    .get('/', allow('read'), (c) => c.html(<StartPage page={pageContext(c)} />))
    .get('/assets/site.css', (c) =>
      c.body(styleSheet, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
    );
}
