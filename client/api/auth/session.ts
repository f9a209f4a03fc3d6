import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { CookieOptions } from 'hono/utils/cookie';
import { roleSchema } from '../../../domain/access';
import { createSession, deleteSession, findSession, randomToken } from '../../../activities/store/sessions';
import { AppDeps, nowOf, SignedInUser, WebEnv } from '../env';

/** `__Host-` binds a cookie to this host and path / over https: no subdomain can set or read it. */
const cookieName = (deps: AppDeps, name: string) => (deps.web.secure ? `__Host-${name}` : name);
const SESSION = 'session';

/** The session cookie's name, as the API document declares it. */
export const sessionCookie = (deps: AppDeps) => cookieName(deps, SESSION);
/** Before signing in there is no session; its CSRF token lives in a cookie of its own (double submit). */
const SIGN_IN_CSRF = 'signin-csrf';

export const cookieOptions = (deps: AppDeps, maxAge: number): CookieOptions => ({
  httpOnly: true,
  sameSite: 'Lax',
  secure: deps.web.secure,
  path: '/',
  maxAge,
});

/** Finds the request's session and its user; a request without one gets the sign-in CSRF token instead. */
export function sessions(deps: AppDeps): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const id = getCookie(c, cookieName(deps, SESSION));
    const found = id ? await findSession(deps.db, id, nowOf(deps)) : undefined;
    const role = roleSchema.safeParse(found?.user.role);
    if (found && role.success) {
      c.set('user', { ...found.user, role: role.data });
      c.set('csrfToken', found.csrfToken);
    } else {
      let token = getCookie(c, cookieName(deps, SIGN_IN_CSRF));
      if (!token) {
        token = randomToken();
        setCookie(c, cookieName(deps, SIGN_IN_CSRF), token, cookieOptions(deps, 2 * 3600));
      }
      c.set('csrfToken', token);
    }
    await next();
  };
}

/** A fresh session for the user (never the one the browser came with), and its CSRF token. */
export async function signIn(c: Context<WebEnv>, deps: AppDeps, user: SignedInUser): Promise<string> {
  const old = getCookie(c, cookieName(deps, SESSION));
  if (old) await deleteSession(deps.db, old);
  const session = await createSession(deps.db, user.id, nowOf(deps), deps.web.sessionHours);
  setCookie(c, cookieName(deps, SESSION), session.id, cookieOptions(deps, deps.web.sessionHours * 3600));
  deleteCookie(c, cookieName(deps, SIGN_IN_CSRF), { path: '/', secure: deps.web.secure });
  c.set('user', user);
  c.set('csrfToken', session.csrfToken);
  return session.csrfToken;
}

export async function signOut(c: Context<WebEnv>, deps: AppDeps): Promise<void> {
  const id = getCookie(c, cookieName(deps, SESSION));
  if (id) await deleteSession(deps.db, id);
  deleteCookie(c, cookieName(deps, SESSION), { path: '/', secure: deps.web.secure });
}
