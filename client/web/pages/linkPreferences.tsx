import { CheckField, ErrorSummary, FormState, SelectField } from '../form';
import { CsrfField, PageContext } from '../layout';
import { linkTexts } from '../texts/links';
import { LinkFrame, linkPages } from './linkFrame';

/** A contact's own choices for their mail: its language, and whether they want only the mail that asks them for something. */
export function LinkPreferencesPage({
  page,
  token,
  organisationName,
  form,
  saved,
}: {
  page: PageContext;
  token: string;
  organisationName: string;
  form: FormState;
  saved?: boolean;
}) {
  const t = linkTexts[page.language];
  return (
    <LinkFrame page={page} token={token} title={t.preferencesTitle} organisationName={organisationName} done={saved ? t.saved : undefined}>
      <ErrorSummary form={form} language={page.language} labels={{ language: t.language, asksOnly: t.optionalOff }} />
      <form class="stack" method="post" action={linkPages.preferences(token)}>
        <CsrfField page={page} />
        <SelectField form={form} language={page.language} name="language" label={t.language} options={Object.entries(t.languages)} />
        <CheckField form={form} name="asksOnly" label={t.optionalOff} />
        <p>{t.asksAlways}</p>
        <button type="submit">{t.save}</button>
      </form>
    </LinkFrame>
  );
}
