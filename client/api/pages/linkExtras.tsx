import { Hono, type Context } from 'hono';
import { calendarFeedUrls } from '../../../activities/links/calendarFeeds';
import { issueLink } from '../../../activities/links/personalLinks';
import { linksOfContactAndOrganisation } from '../../../activities/store/personalLinkReading';
import type { PersonalAct } from '../../../domain/links/personalLink';
import { OpenAsk, openAsk } from '../../links/openAsk';
import { LinkMinePage, OpenAskEntry } from '../../web/pages/linkMine';
import { LinkPreferencesPage } from '../../web/pages/linkPreferences';
import { emptyForm, FormState } from '../../web/form';
import { preferencesOf, savePreferences } from '../../../activities/store/contactPreferences';
import { describeIssues } from '../../../domain/validation';
import { fieldProblems } from '../problems';
import { formFields } from './forms';
import { z } from 'zod';
import { linkPages as linkAddress } from '../../web/pages/linkFrame';
import { AppDeps, nowOf, WebEnv } from '../env';
import { pageContext } from '../render';

const preferencesSchema = z.strictObject({
  _csrf: z.string().optional(),
  language: z.enum(['sv', 'en']),
  asksOnly: z.literal('true').optional(),
});

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
  const preferencesPage = (c: Context<WebEnv>, ask: OpenAsk, form: FormState, status: 200 | 422, saved = false) =>
    c.html(
      <LinkPreferencesPage
        page={pageContext(c)}
        token={c.req.param('token') ?? ''}
        organisationName={nameOf(ask.link.organisation_id)}
        form={form}
        saved={saved}
      />,
      status,
    );
  return new Hono<WebEnv>()
    .get('/l/:token/preferences', async (c) => {
      const ask = await resolve(c.req.param('token'));
      if (!ask) return gone(c);
      const chosen = await preferencesOf(deps.db, ask.link.contact_email);
      const language = chosen?.language ?? 'sv';
      return preferencesPage(c, ask, emptyForm({ language, asksOnly: chosen?.asksOnly ? 'true' : '' }), 200, c.req.query('saved') === '1');
    })
    .post('/l/:token/preferences', async (c) => {
      const token = c.req.param('token');
      const ask = await resolve(token);
      if (!ask) return gone(c);
      const fields = await formFields(c);
      const parsed = preferencesSchema.safeParse(fields);
      if (!parsed.success) return preferencesPage(c, ask, { values: fields, problems: fieldProblems(describeIssues(parsed.error)) }, 422);
      await savePreferences(
        deps.db,
        ask.link.contact_email,
        { language: parsed.data.language, asksOnly: parsed.data.asksOnly === 'true' },
        nowOf(deps),
      );
      return c.redirect(`${linkAddress.preferences(token)}?saved=1`, 303);
    })
    .get('/l/:token/mine', async (c) => {
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
