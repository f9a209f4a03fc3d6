import { DateText } from '../components';
import { PageContext } from '../layout';
import { linkTexts } from '../texts/links';
import { LinkFrame } from './linkFrame';

/** One open ask, as the contact's own list shows it. */
export interface OpenAskEntry {
  act: string;
  title: string;
  organisationName: string;
  dueOn?: string;
  href: string;
}

/** Mina åtaganden: every open ask of the contact and of their organisation, and their calendars to subscribe to. */
export function LinkMinePage({
  page,
  token,
  organisationName,
  asks,
  calendars,
}: {
  page: PageContext;
  token: string;
  organisationName: string;
  asks: OpenAskEntry[];
  calendars: { contact: string; organisation: string };
}) {
  const t = linkTexts[page.language];
  return (
    <LinkFrame page={page} token={token} title={t.mineTitle} organisationName={organisationName}>
      <p>{t.mineIntro}</p>
      {asks.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.what}</th>
              <th scope="col">{t.ask}</th>
              <th scope="col">{t.deadline}</th>
            </tr>
          </thead>
          <tbody>
            {asks.map((a) => (
              <tr>
                <th scope="row">
                  <a href={a.href}>{a.title}</a> ({a.organisationName})
                </th>
                <td>{t.asks[a.act] ?? a.act}</td>
                <td>{a.dueOn ? <DateText date={a.dueOn} language={page.language} /> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t.none}</p>
      )}
      <h2>{t.calendarsTitle}</h2>
      <p>{t.calendarsIntro}</p>
      <dl class="facts">
        <dt>{t.yourCalendar}</dt>
        <dd>
          <code class="feed-url">{calendars.contact}</code>
        </dd>
        <dt>{t.organisationCalendar}</dt>
        <dd>
          <code class="feed-url">{calendars.organisation}</code>
        </dd>
      </dl>
    </LinkFrame>
  );
}
