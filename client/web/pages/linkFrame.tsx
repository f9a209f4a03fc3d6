import type { Child } from 'hono/jsx';
import { Layout, PageContext } from '../layout';
import { linkTexts } from '../texts/links';

/** Where a link's own pages are: the ask, every open ask of the contact, and the contact's settings. */
export const linkPages = {
  ask: (token: string) => `/l/${token}`,
  mine: (token: string) => `/l/${token}/mine`,
  preferences: (token: string) => `/l/${token}/preferences`,
};

/** The frame of a page a personal link opens: whom it is for, its own small menu, and word that an act went through. */
export function LinkFrame({
  page,
  token,
  title,
  organisationName,
  done,
  children,
}: {
  page: PageContext;
  token: string;
  title: string;
  organisationName: string;
  done?: string;
  children: Child;
}) {
  const t = linkTexts[page.language];
  return (
    <Layout page={page} title={title}>
      <nav class="link-menu" aria-label={t.yourAsks}>
        <ul>
          <li>
            <a href={linkPages.mine(token)}>{t.yourAsks}</a>
          </li>
          <li>
            <a href={linkPages.preferences(token)}>{t.preferences}</a>
          </li>
        </ul>
      </nav>
      <h1>{title}</h1>
      <p class="lead">
        {t.on} {organisationName}
      </p>
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
      {children}
    </Layout>
  );
}

/** An unknown link, and one whose ask has closed, look the same. */
export function LinkGonePage({ page }: { page: PageContext }) {
  const t = linkTexts[page.language];
  return (
    <Layout page={page} title={t.gone}>
      <h1>{t.gone}</h1>
      <p>{t.goneText}</p>
    </Layout>
  );
}
