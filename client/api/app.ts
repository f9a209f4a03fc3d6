import { swaggerUI } from '@hono/swagger-ui';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { MAX_DOCUMENT_BYTES } from '../../domain/documents/mediaType';
import { ValidationError } from '../../domain/validation';
import { csrf } from './auth/csrf';
import { sessionCookie, sessions } from './auth/session';
import type { AppDeps, WebEnv } from './env';
import { language, languageRoutes } from './language';
import { auditPages } from './pages/audit';
import { calendarFeedRoutes } from './pages/calendarFeeds';
import { documentPages } from './pages/documents';
import { linkPages } from './pages/links';
import { commissionPages } from './pages/commissions';
import { consultationPages } from './pages/consultations';
import { followUpPages } from './pages/followUps';
import { forecastPages } from './pages/forecast';
import { guidelinePages } from './pages/guidelines';
import { meetingPages } from './pages/meetings';
import { signInPages } from './pages/signIn';
import { startPages } from './pages/start';
import { yearlyTaskPages } from './pages/yearlyTasks';
import { isApiPath, refuse } from './render';
import { problem, problemResponse, ProblemStatus, Refusal, refusalProblem } from './problems';
import { actRoutes } from './routes/acts';
import { commissionRoutes } from './routes/commissions';
import { consultationRoutes } from './routes/consultations';
import { followUpRoutes } from './routes/followUps';
import { forecastRoutes } from './routes/forecast';
import { guidelineRoutes } from './routes/guidelines';
import { ledgerRoutes } from './routes/ledger';
import { meetingRoutes } from './routes/meetings';
import { overviewRoutes } from './routes/overview';
import { principalRoutes } from './routes/principals';
import { sessionRoutes } from './routes/session';
import { yearlyTaskRoutes } from './routes/yearlyTasks';

const DOCS = '/api/docs';
/** The largest body taken: far above any form or JSON input, far below what would strain the server. */
const MAX_BODY = 1024 * 1024;
/** A link's page takes files: the largest document, and the form around it. */
const MAX_UPLOAD = MAX_DOCUMENT_BYTES + MAX_BODY;
const isLinkPath = (path: string) => path.startsWith('/l/');

/** Pages may load only this site's own style sheet and post only to it; the API docs page loads Swagger UI. */
const pageHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'none'"],
    objectSrc: ["'none'"],
  },
});
const docsHeaders = secureHeaders();

/** Every error ends here: a typed refusal by its type, a malformed request as 400/415, anything else 500 with nothing internal. */
function answerError(err: Error, c: Context<WebEnv>): Response | Promise<Response> {
  const api = isApiPath(c.req.path);
  if (err instanceof Refusal) return api ? problemResponse(err.problem) : refuse(c, err.problem.status);
  if (err instanceof ValidationError) {
    const p = refusalProblem(err);
    return api ? problemResponse(p) : refuse(c, p.status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    const status: ProblemStatus = err.status === 415 ? 415 : 400;
    return api ? problemResponse(problem(status, err.message)) : refuse(c, status);
  }
  console.error(`${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
  return refuse(c, 500);
}

/**
 * The web app: the HTTP API under /api (its OpenAPI 3.1 document at /api/openapi.json, an interactive page at
 * /api/docs) and the pages, on one set of middleware: the language, the session, then the CSRF check on
 * every state-changing request. Each route names its act and is refused to roles that may not do it.
 */
export function createApp(deps: AppDeps): OpenAPIHono<WebEnv> {
  const app = new OpenAPIHono<WebEnv>();
  app.use('*', (c, next) => (c.req.path === DOCS ? docsHeaders(c, next) : pageHeaders(c, next)));
  const formLimit = bodyLimit({ maxSize: MAX_BODY, onError: (c) => refuse(c, 413) });
  const uploadLimit = bodyLimit({ maxSize: MAX_UPLOAD, onError: (c) => refuse(c, 413) });
  app.use('*', (c, next) => (isLinkPath(c.req.path) ? uploadLimit(c, next) : formLimit(c, next)));
  // Calendar programs subscribe without a session: the feeds answer before one is looked up or offered.
  app.route('/', calendarFeedRoutes(deps));
  app.use('*', language());
  app.use('*', sessions(deps));
  app.use('*', csrf());

  app.route('/api', sessionRoutes(deps));
  app.route('/api', guidelineRoutes(deps));
  app.route('/api', consultationRoutes(deps));
  app.route('/api', followUpRoutes(deps));
  app.route('/api', meetingRoutes(deps));
  app.route('/api', principalRoutes(deps));
  app.route('/api', commissionRoutes(deps));
  app.route('/api', yearlyTaskRoutes(deps));
  app.route('/api', overviewRoutes(deps));
  app.route('/api', forecastRoutes(deps));
  app.route('/api', ledgerRoutes(deps));
  app.route('/api', actRoutes(deps));
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', { type: 'apiKey', in: 'cookie', name: sessionCookie(deps) });
  app.openAPIRegistry.registerComponent('securitySchemes', 'csrf', { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Guideline engine',
      version: '1',
      description:
        'Guidelines, consultation rounds, meetings and follow-ups. Sign in with POST /api/session (or in the browser); ' +
        'every state-changing request carries the CSRF token from GET /api/session in X-CSRF-Token. Errors are ' +
        'RFC 9457 problem details naming the fields.',
    },
  });
  app.get(DOCS, swaggerUI({ url: '/api/openapi.json' }));

  app.route('/', languageRoutes(deps));
  app.route('/', signInPages(deps));
  app.route('/', linkPages(deps));
  app.route('/', documentPages(deps));
  app.route('/', startPages(deps));
  app.route('/', guidelinePages(deps));
  app.route('/', consultationPages(deps));
  app.route('/', meetingPages(deps));
  app.route('/', followUpPages(deps));
  app.route('/', commissionPages(deps));
  app.route('/', yearlyTaskPages(deps));
  app.route('/', forecastPages(deps));
  app.route('/', auditPages(deps));

  app.notFound((c) => refuse(c, 404));
  app.onError(answerError);
  return app;
}
