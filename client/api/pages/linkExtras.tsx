import { Hono, type Context } from 'hono';
import { calendarFeedUrls } from '../../../activities/links/calendarFeeds';
import { issueLink } from '../../../activities/links/personalLinks';
import { linksOfContactAndOrganisation } from '../../../activities/store/personalLinkReading';
import type { PersonalAct } from '../../../domain/links/personalLink';
import { OpenAsk, openAsk } from '../../links/openAsk';
import { LinkMinePage, OpenAskEntry } from '../../web/pages/linkMine';
import { linkPages as linkAddress } from '../../web/pages/linkFrame';
import { AppDeps, nowOf, WebEnv } from '../env';
import { pageContext } from '../render';

/**
 * Beside the ask itself: the contact's own page of every open ask, theirs and their organisation's, each with a link
 * of the contact's own, and the addresses of their calendars.
 */
export function linkExtras(
  deps: AppDeps,
  resolve: (token: string) => Promise<OpenAsk | undefined>,
  gone: (c: Context<WebEnv>) => Response | Promise<Response>,
) {
  const nameOf = (id: string) => deps.organisations.organisations.find((o) => o.id === id)?.name ?? id;
  return new Hono<WebEnv>().get('/l/:token/mine', async (c) => {
    const token = c.req.param('token');
    const ask = await resolve(token);
    if (!ask) return gone(c);
    const contact = { name: ask.link.contact_name, email: ask.link.contact_email };
    const seen = new Set<string>();
    const asks: OpenAskEntry[] = [];
    for (const row of await linksOfContactAndOrganisation(deps.db, contact.email, ask.link.organisation_id)) {
      const key = `${row.act}|${row.workflow_id}|${row.organisation_id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const open = await openAsk(deps.db, row, nowOf(deps));
      if (!open) continue;
      // The contact's own link to the ask, though it was mailed to a colleague: the same scope, theirs.
      const own = await issueLink(deps.db, deps.links.secret, {
        act: row.act as PersonalAct,
        workflowId: row.workflow_id,
        organisationId: row.organisation_id,
        contact,
      });
      asks.push({
        act: row.act,
        title: open.subject.title,
        organisationName: nameOf(row.organisation_id),
        dueOn: open.subject.dueOn,
        href: linkAddress.ask(own),
      });
    }
    const calendars = await calendarFeedUrls(deps.db, deps.links, {
      organisationId: ask.link.organisation_id,
      contactEmail: contact.email,
    });
    return c.html(
      <LinkMinePage
        page={pageContext(c)}
        token={token}
        organisationName={nameOf(ask.link.organisation_id)}
        asks={asks}
        calendars={calendars}
      />,
    );
  });
}
