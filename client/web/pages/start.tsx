import { fieldId } from '../form';
import { Layout, PageContext } from '../layout';
import { guidelineTexts } from '../texts/guidelines';
import { startTexts } from '../texts/start';

/** The start page until the overview ("Att göra") replaces it: a way to a guideline by its id. */
export function StartPage({ page }: { page: PageContext }) {
  const t = startTexts[page.language];
  const g = guidelineTexts[page.language];
  return (
    <Layout page={page} title={t.title}>
      <h1>{t.title}</h1>
      <p class="notice">{t.placeholder}</p>
      <h2>{g.findTitle}</h2>
      <form class="inline-form" method="get" action="/guidelines">
        <div class="field">
          <label for={fieldId('id')}>{g.id}</label>
          <input type="text" id={fieldId('id')} name="id" required />
        </div>
        <button type="submit">{g.find}</button>
      </form>
    </Layout>
  );
}
