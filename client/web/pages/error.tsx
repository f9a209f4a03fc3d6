import { Layout, PageContext } from '../layout';
import { commonTexts } from '../texts/common';

/** A refusal or a failure as a page: what happened, in the page's language, and the way back. */
export function ErrorPage({ page, status }: { page: PageContext; status: number }) {
  const t = commonTexts[page.language];
  const [title, text] = t.errors[status] ?? t.errors[status < 500 ? 400 : 500];
  return (
    <Layout page={page} title={title}>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href={page.user ? '/' : `/login?next=${encodeURIComponent(page.path)}`}>{page.user ? t.backToOverview : t.signIn}</a>
      </p>
    </Layout>
  );
}
