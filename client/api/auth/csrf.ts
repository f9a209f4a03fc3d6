import crypto from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { WebEnv } from '../env';
import { refuse } from '../render';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/** Compares without telling, by its timing, how much of a guess was right. */
function same(given: string, expected: string): boolean {
  const digest = (s: string) => crypto.createHash('sha256').update(s).digest();
  return !!expected && crypto.timingSafeEqual(digest(given), digest(expected));
}

/**
 * Every state-changing request carries its session's CSRF token (before signing in, the sign-in token of its
 * cookie): a form in the field `_csrf`, a script in the X-CSRF-Token header. Anything else is refused with 403
 * before any route sees it.
 */
export function csrf(): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    let given = c.req.header('x-csrf-token');
    if (given === undefined && FORM.test(c.req.header('content-type') ?? '')) {
      // Hono keeps the parsed body, so the route reads the same form again.
      const field = (await c.req.parseBody())._csrf;
      if (typeof field === 'string') given = field;
    }
    if (given === undefined || !same(given, c.get('csrfToken'))) {
      return refuse(c, 403, 'the request lacks its CSRF token (the X-CSRF-Token header, or the _csrf form field)');
    }
    await next();
  };
}
