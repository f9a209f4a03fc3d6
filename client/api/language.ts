import { Hono, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { isLanguage } from '../web/language';
import type { AppDeps, WebEnv } from './env';
import { localPath } from './localPath';

const COOKIE = 'lang';

/** Swedish unless the visitor chose English with the switch. */
export const language = (): MiddlewareHandler<WebEnv> => async (c, next) => {
  const chosen = getCookie(c, COOKIE);
  c.set('language', isLanguage(chosen) ? chosen : 'sv');
  await next();
};

/** The switch is a link: it sets the cookie and goes back to the page it was on. */
export function languageRoutes(deps: AppDeps) {
  return new Hono<WebEnv>().get('/language/:code', (c) => {
    const code = c.req.param('code');
    if (isLanguage(code)) {
      setCookie(c, COOKIE, code, { path: '/', sameSite: 'Lax', httpOnly: true, secure: deps.web.secure, maxAge: 365 * 86400 });
    }
    return c.redirect(localPath(c.req.query('back')), 303);
  });
}
