import { Hono, type Context } from 'hono';
import { calendarFeedFile } from '../../../activities/calendarFeedFile';
import { feedOf } from '../../../activities/links/calendarFeeds';
import type { Store } from '../../../activities/store/database';
import { RateLimit, withinLimit } from '../../../activities/store/rateLimits';
import { subjectOf, subjectsWhere } from '../../../activities/store/readModel';
import { bodyFeed, contactFeed, FeedEvent, feedNames, FeedSubjects, organisationFeed } from '../../../domain/calendarFeed/feedEvents';
import { responsibleBodySchema } from '../../../domain/guideline/guideline';
import { bodyOf } from '../../../domain/meeting/bodies';
import type { ResponsibleBodyId } from '../../../domain/ids';
import type { SubjectKind } from '../../../domain/readModel';
import type { CommissionView } from '../../../workflows/commission/api';
import type { ConsultationView } from '../../../workflows/consultation/api';
import type { ImplementationView, SurveyView } from '../../../workflows/followUp/api';
import type { GuidelineView } from '../../../workflows/guideline/api';
import type { MeetingView } from '../../../workflows/meeting/api';
import type { PrincipalView } from '../../../workflows/meeting/principalsApi';
import { clientAddress } from '../clientAddress';
import { AppDeps, nowOf, WebEnv } from '../env';

/**
 * How often one address may fetch calendars: far above what calendar programs polling hourly need, even many
 * behind one address (a municipality's office, a calendar service's fetcher), and far below a flood.
 */
export const FEED_LIMIT: RateLimit = { limit: 120, windowMs: 60_000 };

/** `<name>.ics`: the name, or undefined for any other path. */
const icsName = (file: string) => /^(.+)\.ics$/.exec(file)?.[1];

/** What an organisation's feed reads; a contact's reads the meetings, guidelines and commissions too. */
const ORGANISATION_KINDS: SubjectKind[] = ['consultation', 'implementation', 'survey', 'principals'];
const CONTACT_KINDS: SubjectKind[] = [...ORGANISATION_KINDS, 'meeting', 'guideline', 'commission'];

/** The read model's subjects of the kinds named, each with its workflow's view; the others left empty. */
async function feedSubjects(db: Store, kinds: SubjectKind[]): Promise<FeedSubjects> {
  const rows = await Promise.all(kinds.map(async (kind) => [kind, await subjectsWhere(db, { kind }).execute()] as const));
  const byKind = new Map(rows);
  const of = <View>(kind: SubjectKind) => (byKind.get(kind) ?? []).map((row) => subjectOf<View>(row));
  return {
    rounds: of<ConsultationView>('consultation'),
    implementations: of<ImplementationView>('implementation'),
    surveys: of<SurveyView>('survey'),
    principals: of<PrincipalView>('principals'),
    meetings: of<MeetingView>('meeting'),
    guidelines: of<GuidelineView>('guideline'),
    commissions: of<CommissionView>('commission'),
  };
}

const meetingsOf = async (db: Store, body: ResponsibleBodyId) =>
  (await subjectsWhere(db, { kind: 'meeting', body }).execute()).map((row) => subjectOf<MeetingView>(row));

/**
 * Calendars to subscribe to, without signing in: `/calendar/<token>.ics`, a contact's or an organisation's, whose
 * secret token is the key; `/calendar/bodies/<VVG|SRO>.ics`, a body's meetings, public. Each address is limited in
 * how often it may fetch. An unknown token or body goes on to whatever else would answer the path, which is the
 * app's "not found": the same answer as any address that does not exist.
 *
 * Mounted before the session: a calendar program has none, and is given no cookie.
 */
export function calendarFeedRoutes(deps: AppDeps) {
  const respond = (c: Context, name: string, events: FeedEvent[], cache: 'private' | 'public') =>
    c.body(calendarFeedFile(name, events, nowOf(deps)), 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': `${cache}, max-age=300`,
    });

  return new Hono<WebEnv>()
    .use('/calendar/*', async (c, next) => {
      if (await withinLimit(deps.db, `calendar:${clientAddress(c)}`, FEED_LIMIT, nowOf(deps).getTime())) return next();
      return c.body(null, 429, { 'retry-after': String(FEED_LIMIT.windowMs / 1000) });
    })
    .get('/calendar/bodies/:file', async (c, next) => {
      const id = responsibleBodySchema.safeParse(icsName(c.req.param('file')));
      if (!id.success) return next();
      const body = bodyOf(deps.bodies, id.data);
      return respond(c, feedNames.body(body), bodyFeed(body, await meetingsOf(deps.db, body.id)), 'public');
    })
    .get('/calendar/:file', async (c, next) => {
      const feed = await feedOf(deps.db, icsName(c.req.param('file')) ?? '');
      if (!feed) return next();
      const organisationId = feed.organisation_id;
      const organisationName = deps.organisations.organisations.find((o) => o.id === organisationId)?.name ?? organisationId;
      if (feed.contact_email === null) {
        const subjects = await feedSubjects(deps.db, ORGANISATION_KINDS);
        return respond(c, feedNames.organisation(organisationName), organisationFeed(subjects, organisationId), 'private');
      }
      const subjects = await feedSubjects(deps.db, CONTACT_KINDS);
      const events = contactFeed(subjects, deps.bodies.bodies, { organisationId, email: feed.contact_email });
      return respond(c, feedNames.contact(organisationName), events, 'private');
    });
}
