import type { MiddlewareHandler } from 'hono';
import { Act, may } from '../../../domain/access';
import type { SignedInEnv, SignedInUser } from '../env';
import { isApiPath, refuse } from '../render';

/** Where a page sends someone who is not signed in, to come back afterwards. */
const signInPath = (back: string) => `/login?next=${encodeURIComponent(back)}`;

/**
 * Lets a request through only for a signed-in user whose role may do the act (domain/access.ts): every route
 * and page names its act. A page asks an anonymous visitor to sign in; the API answers 401.
 */
export function allow(act: Act): MiddlewareHandler<SignedInEnv> {
  return async (c, next) => {
    // The guard is what makes the user certain for what follows; here it may still be missing.
    const user: SignedInUser | undefined = c.get('user');
    if (!user) {
      if (isApiPath(c.req.path)) return refuse(c, 401, 'sign in first: POST /api/session');
      const url = new URL(c.req.url);
      return c.redirect(signInPath(`${url.pathname}${url.search}`), 303);
    }
    if (!may(user.role, act)) return refuse(c, 403, `the role ${user.role} may not do ${act}`);
    await next();
  };
}
