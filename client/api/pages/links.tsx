import { Hono, type Context } from 'hono';
import { linkOf } from '../../../activities/links/personalLinks';
import { RateLimit, withinLimit } from '../../../activities/store/rateLimits';
import { stockholmDate } from '../../../domain/calendar/dates';
import { ValidationError } from '../../../domain/validation';
import { emptyForm, FormState } from '../../web/form';
import { LinkGonePage } from '../../web/pages/linkFrame';
import { OpenAsk, openAsk } from '../../links/openAsk';
import { clientAddress } from '../clientAddress';
import { AppDeps, nowOf, WebEnv } from '../env';
import { fieldProblems, refusalProblem } from '../problems';
import { pageContext } from '../render';
import { actOnLink, LinkContext } from './linkActs';
import { askPage, guidelineTitle } from './linkAskPage';
import { linkExtras } from './linkExtras';

/**
 * How often one address may open or post to link pages: far above what the staff of a municipality behind one
 * address need, far below guessing or a flood.
 */
export const LINK_LIMIT: RateLimit = { limit: 60, windowMs: 60_000 };

/**
 * The pages a personal link opens, without an account: the ask it was mailed for, with what the organisation has
 * done so far and the form to do it; every open ask of the contact; the contact's mail settings. The link is the
 * key: one organisation, one workflow, one act. An unknown link and one whose ask has closed get the same page.
 * Submitting runs the same Update the staff use, marked as come through the link and from whom.
 */
export function linkPages(deps: AppDeps) {
  const today = () => stockholmDate(nowOf(deps).getTime());
  const resolve = async (token: string) => openAsk(deps.db, await linkOf(deps.db, token), nowOf(deps));
  const gone = (c: Context<WebEnv>) => c.html(<LinkGonePage page={pageContext(c)} />, 404);
  const context = (c: Context<WebEnv>, ask: OpenAsk): LinkContext => ({
    page: pageContext(c),
    token: c.req.param('token') ?? '',
    ask,
    organisationName: deps.organisations.organisations.find((o) => o.id === ask.link.organisation_id)?.name ?? ask.link.organisation_id,
    today: today(),
  });
  const show = async (c: Context<WebEnv>, ask: OpenAsk, form: FormState, status: 200 | 409 | 422 | 503, done = false) => {
    const guideline = ask.act === 'implementation.confirm' ? await guidelineTitle(deps.db, ask.subject.view.guidelineId) : undefined;
    return c.html(askPage(context(c, ask), form, done, { guideline }), status);
  };

  return new Hono<WebEnv>()
    .use('/l/*', async (c, next) => {
      if (await withinLimit(deps.db, `link:${clientAddress(c)}`, LINK_LIMIT, nowOf(deps).getTime())) return next();
      return c.html(<LinkGonePage page={pageContext(c)} />, 429, { 'retry-after': String(LINK_LIMIT.windowMs / 1000) });
    })
    .get('/l/:token', async (c) => {
      const ask = await resolve(c.req.param('token'));
      return ask ? show(c, ask, emptyForm(), 200, c.req.query('sent') === '1') : gone(c);
    })
    .post('/l/:token', async (c) => {
      const token = c.req.param('token');
      const ask = await resolve(token);
      if (!ask) return gone(c);
      const body = await c.req.parseBody({ all: true });
      try {
        const acted = await actOnLink(deps, context(c, ask), body);
        if ('refused' in acted) return show(c, ask, acted.refused, 422);
        return c.redirect(`/l/${token}?sent=1`, 303);
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        const status = refusalProblem(err).status;
        const values = Object.fromEntries(Object.entries(body).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])));
        return show(c, ask, { values, problems: fieldProblems(err.problems) }, status === 409 || status === 503 ? status : 422);
      }
    })
    .route('/', linkExtras(deps, resolve, gone));
}
