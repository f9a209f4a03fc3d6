import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { upsertProviderUser } from '../../../activities/store/users';
import { SignInPage } from '../../web/pages/signIn';
import { checkLocalSignIn, signInSchema } from '../auth/accounts';
import { cookieOptions, signIn, signOut } from '../auth/session';
import { AppDeps, nowOf, WebEnv } from '../env';
import { localPath } from '../localPath';
import { pageContext, refuse } from '../render';
import { formFields } from './forms';

/** Kept while the browser is at the provider; only the callback reads it. */
const PENDING = 'oidc-pending';
export const CALLBACK_PATH = '/login/oidc/callback';

/** Signing in and out: a local account's form, or the round trip to the identity provider. */
export function signInPages(deps: AppDeps) {
  const provider = !!deps.oidc;
  return new Hono<WebEnv>()
    .get('/login', (c) => {
      const next = localPath(c.req.query('next'));
      if (c.get('user')) return c.redirect(next, 303);
      return c.html(<SignInPage page={pageContext(c)} next={next} provider={provider} />);
    })
    .post('/login', async (c) => {
      if (provider) return refuse(c, 404);
      const fields = await formFields(c);
      const next = localPath(fields.next);
      const parsed = signInSchema.safeParse(fields);
      const user = parsed.success ? await checkLocalSignIn(deps.db, parsed.data.username, parsed.data.password) : undefined;
      if (!user) {
        return c.html(<SignInPage page={pageContext(c)} next={next} provider={false} username={fields.username} refusal="refused" />, 401);
      }
      await signIn(c, deps, user);
      return c.redirect(next, 303);
    })
    .get('/login/oidc', async (c) => {
      if (!deps.oidc) return refuse(c, 404);
      const next = localPath(c.req.query('next'));
      const started = await deps.oidc.begin(next).catch((err: unknown) => {
        console.error(`the identity provider cannot be reached: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      });
      if (!started) return c.html(<SignInPage page={pageContext(c)} next={next} provider refusal="provider-failed" />, 503);
      setCookie(c, PENDING, started.pending, { ...cookieOptions(deps, 600), path: '/login/oidc' });
      return c.redirect(started.url, 303);
    })
    .get(CALLBACK_PATH, async (c) => {
      if (!deps.oidc) return refuse(c, 404);
      const pending = getCookie(c, PENDING);
      deleteCookie(c, PENDING, { path: '/login/oidc', secure: deps.web.secure });
      const failed = (refusal: 'no-role' | 'provider-failed', status: 400 | 403, next = '/') =>
        c.html(<SignInPage page={pageContext(c)} next={next} provider refusal={refusal} />, status);
      if (!pending) return failed('provider-failed', 400);
      const url = new URL(c.req.url);
      // Behind a proxy the request's own address is not the one the provider redirected to.
      const person = await deps.oidc.finish(new URL(`${url.pathname}${url.search}`, deps.web.publicUrl), pending).catch((err: unknown) => {
        console.error(`sign-in through the identity provider failed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      });
      if (!person) return failed('provider-failed', 400);
      if ('refused' in person) return failed('no-role', 403, person.next);
      const row = await upsertProviderUser(
        deps.db,
        { username: `oidc:${person.subject}`, name: person.name, role: person.role },
        nowOf(deps),
      );
      await signIn(c, deps, { id: row.id, username: row.username, name: row.name, role: person.role });
      return c.redirect(localPath(person.next), 303);
    })
    .post('/logout', async (c) => {
      await signOut(c, deps);
      return c.redirect('/login', 303);
    });
}
