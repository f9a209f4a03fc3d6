import type { Context } from 'hono';
import type { PageContext } from '../web/layout';
import { ErrorPage } from '../web/pages/error';
import type { WebEnv } from './env';
import { problem, problemResponse, ProblemStatus } from './problems';

/** API paths answer in problem details; every other path is a page. */
export const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/');

/** What a page needs of its request. */
export function pageContext<E extends WebEnv>(c: Context<E>): PageContext {
  const url = new URL(c.req.url);
  const user = c.get('user');
  return {
    language: c.get('language') ?? 'sv',
    path: `${url.pathname}${url.search}`,
    csrfToken: c.get('csrfToken') ?? '',
    user: user && { name: user.name, role: user.role },
  };
}

/** Refuses a request as problem details on the API and as a page elsewhere; neither shows internals. */
export function refuse<E extends WebEnv>(c: Context<E>, status: ProblemStatus, detail?: string): Response | Promise<Response> {
  if (isApiPath(c.req.path)) return problemResponse(problem(status, detail));
  return c.html(<ErrorPage page={pageContext(c)} status={status} />, status);
}
