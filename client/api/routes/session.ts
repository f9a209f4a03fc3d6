import { z } from '@hono/zod-openapi';
import { roleSchema } from '../../../domain/access';
import { checkLocalSignIn, signInSchema } from '../auth/accounts';
import { signIn, signOut } from '../auth/session';
import type { AppDeps } from '../env';
import { problem, problemSchema, Refusal } from '../problems';
import { openRoute, apiRouter } from '../routing';

const userSchema = z.object({ id: z.string(), username: z.string(), name: z.string(), role: roleSchema }).openapi('User');

/** Who is signed in, and the token every state-changing request must carry in X-CSRF-Token. */
const sessionSchema = z.object({ user: userSchema.nullable(), csrfToken: z.string() }).openapi('Session');

const json = <S>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });

const current = openRoute({
  method: 'get',
  path: '/session',
  tags: ['session'],
  summary: 'Who is signed in, and the CSRF token',
  description: 'Before signing in, the token is the one POST /api/session needs; it comes with a cookie of its own.',
  responses: { 200: json(sessionSchema, 'The session, or none') },
});

const create = openRoute({
  method: 'post',
  path: '/session',
  tags: ['session'],
  summary: 'Sign in with a local account',
  description: 'Sets the session cookie. Refused with 403 where sign-in goes through the identity provider (/login/oidc).',
  request: { body: { required: true, content: { 'application/json': { schema: signInSchema } } } },
  responses: {
    200: json(sessionSchema, 'Signed in'),
    401: { description: 'Wrong username or password', content: { 'application/problem+json': { schema: problemSchema } } },
  },
});

const remove = openRoute({
  method: 'delete',
  path: '/session',
  tags: ['session'],
  summary: 'Sign out',
  responses: { 204: { description: 'Signed out' } },
});

export function sessionRoutes(deps: AppDeps) {
  return apiRouter()
    .openapi(current, (c) => c.json({ user: c.get('user') ?? null, csrfToken: c.get('csrfToken') }, 200))
    .openapi(create, async (c) => {
      if (deps.oidc) throw new Refusal(problem(403, "sign-in goes through the region's identity provider: /login/oidc"));
      const { username, password } = c.req.valid('json');
      const user = await checkLocalSignIn(deps.db, username, password);
      if (!user) throw new Refusal(problem(401, 'wrong username or password'));
      const csrfToken = await signIn(c, deps, user);
      return c.json({ user, csrfToken }, 200);
    })
    .openapi(remove, async (c) => {
      await signOut(c, deps);
      return c.body(null, 204);
    });
}
