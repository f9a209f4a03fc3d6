import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { may, Role } from '../../domain/access';
import { Language, languageNames } from './language';
import { commonTexts } from './texts/common';

/** What every page knows of its request: the language, where it is, who is signed in, the CSRF token. */
export interface PageContext {
  language: Language;
  /** The request's path and query, for the language switch to come back to. */
  path: string;
  csrfToken: string;
  user?: { name: string; role: Role };
}

/** The CSRF token every state-changing form carries. */
export const CsrfField = ({ page }: { page: PageContext }) => <input type="hidden" name="_csrf" value={page.csrfToken} />;

function NavLink({ page, href, children }: { page: PageContext; href: string; children: Child }) {
  const current = page.path === href || page.path.startsWith(`${href}?`);
  return (
    <li>
      <a href={href} aria-current={current ? 'page' : undefined}>
        {children}
      </a>
    </li>
  );
}

/** The frame of every page: a skip link, the header with the language switch and the user, the menu, the content. */
export function Layout({ page, title, children }: { page: PageContext; title: string; children: Child }) {
  const t = commonTexts[page.language];
  const other: Language = page.language === 'sv' ? 'en' : 'sv';
  const user = page.user;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={page.language}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} – ${t.siteName}`}</title>
          <link rel="stylesheet" href="/assets/site.css" />
        </head>
        <body>
          <a class="skip-link" href="#content">
            {t.skipToContent}
          </a>
          <header class="site">
            <div class="bar">
              <a class="name" href="/">
                {t.siteName}
              </a>
              <div class="who">
                <a href={`/language/${other}?back=${encodeURIComponent(page.path)}`} lang={other} hreflang={other}>
                  {languageNames[other]}
                </a>
                {user && (
                  <>
                    <span>
                      {t.signedInAs} {user.name} ({t.roleNames[user.role]})
                    </span>
                    <form method="post" action="/logout">
                      <CsrfField page={page} />
                      <button type="submit">{t.signOut}</button>
                    </form>
                  </>
                )}
              </div>
            </div>
          </header>
          {user && (
            <nav class="main" aria-label={t.mainNavigation}>
              <ul>
                <NavLink page={page} href="/">
                  {t.overview}
                </NavLink>
                <NavLink page={page} href="/guidelines">
                  {t.guidelines}
                </NavLink>
                <NavLink page={page} href="/meetings">
                  {t.meetings}
                </NavLink>
                <NavLink page={page} href="/wheel">
                  {t.wheel}
                </NavLink>
                <NavLink page={page} href="/follow-ups">
                  {t.followUps}
                </NavLink>
                <NavLink page={page} href="/commissions">
                  {t.commissions}
                </NavLink>
                <NavLink page={page} href="/yearly-tasks">
                  {t.yearlyTasks}
                </NavLink>
                <NavLink page={page} href="/forecast">
                  {t.forecast}
                </NavLink>
                <NavLink page={page} href="/audit">
                  {t.audit}
                </NavLink>
                {may(user.role, 'guideline.register') && (
                  <NavLink page={page} href="/guidelines/new">
                    {t.registerGuideline}
                  </NavLink>
                )}
                <NavLink page={page} href="/api/docs">
                  {t.apiDocs}
                </NavLink>
              </ul>
            </nav>
          )}
          <main id="content" tabindex={-1}>
            {children}
          </main>
        </body>
      </html>
    </>
  );
}
