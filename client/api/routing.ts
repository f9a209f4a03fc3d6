import { createRoute, OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import { Act, rolesThatMay } from '../../domain/access';
import { allow } from './auth/guard';
import type { WebEnv } from './env';
import { problemResponse, problemSchema, schemaProblem } from './problems';

/** A router for one area's API routes: a request that fails its schema gets 422 naming each field. */
export const apiRouter = () =>
  new OpenAPIHono<WebEnv>({
    defaultHook: (result) => (result.success ? undefined : problemResponse(schemaProblem(result.error))),
  });

const problemContent = (description: string) => ({ description, content: { 'application/problem+json': { schema: problemSchema } } });

/** What every guarded route may answer besides its own responses. */
const guardResponses = {
  401: problemContent('Not signed in'),
  403: problemContent("The user's role may not do this act, or a state-changing request lacks its CSRF token"),
  422: problemContent('The request fails its schema; each problem names its field'),
  500: problemContent('An unexpected error; nothing internal is shown'),
};

/** What a route that acts through a typed client may answer besides: its refusals, by type. */
export const refusalResponses = {
  404: problemContent('No such guideline, round, meeting…'),
  409: problemContent('Refused in the current state'),
  503: problemContent('Busy for a moment: try again after Retry-After seconds'),
};

const UNSAFE = new Set(['post', 'put', 'patch', 'delete']);

/** The schemes the document declares (see app.ts): the session cookie, and the CSRF header for changes. */
type Security = Array<Record<string, string[]>>;
const sessionSecurity = (route: RouteConfig): Security => (UNSAFE.has(route.method) ? [{ session: [], csrf: [] }] : [{ session: [] }]);
const openSecurity = (route: RouteConfig): Security => (UNSAFE.has(route.method) ? [{ csrf: [] }] : []);

/**
 * A route that names its act (domain/access.ts): only a signed-in user whose role may do it gets through, before
 * the request is validated. The document shows the act and the roles, and that a state-changing request needs
 * the CSRF token besides the session.
 */
export function actRoute<R extends RouteConfig>(act: Act, route: R) {
  return createRoute({
    ...route,
    middleware: [allow(act)] as const,
    security: sessionSecurity(route),
    description: [route.description, `Act: \`${act}\`, allowed for ${rolesThatMay(act).join(', ')}.`].filter(Boolean).join('\n\n'),
    'x-act': act,
    responses: { ...guardResponses, ...route.responses },
  });
}

/** A route anyone may call (signing in): it still needs the CSRF token when it changes something. */
export function openRoute<R extends RouteConfig>(route: R) {
  return createRoute({
    ...route,
    security: openSecurity(route),
    responses: { 403: guardResponses[403], 422: guardResponses[422], 500: guardResponses[500], ...route.responses },
  });
}
