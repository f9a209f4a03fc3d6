import type { Organisation } from '../../../domain/directory/organisation';
import { CheckField, ErrorSummary, FormState, SelectField, TextField } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { guidelineTexts } from '../texts/guidelines';

/** The form's fields are the register command's input, named by their path in it. */
function guidelineFieldLabels(page: PageContext): Record<string, string> {
  const t = guidelineTexts[page.language];
  return {
    id: t.id,
    title: t.title,
    kind: t.kind,
    responsibleBody: t.responsibleBody,
    'owner.name': `${t.owner}: ${t.ownerName}`,
    'owner.email': `${t.owner}: ${t.ownerEmail}`,
    'owner.organisationId': `${t.owner}: ${t.ownerOrganisation}`,
    'owner.role': `${t.owner}: ${t.ownerRole}`,
    'owner.language': `${t.owner}: ${t.ownerLanguage}`,
    validFrom: t.validFrom,
    validUntil: t.validUntil,
  };
}

export function GuidelineFormPage({ page, form, organisations }: { page: PageContext; form: FormState; organisations: Organisation[] }) {
  const t = guidelineTexts[page.language];
  const common = { form, language: page.language };
  return (
    <Layout page={page} title={t.registerTitle}>
      <h1>{t.registerTitle}</h1>
      <p class="lead">{t.registerIntro}</p>
      <ErrorSummary form={form} language={page.language} labels={guidelineFieldLabels(page)} />
      <form class="stack" method="post" action="/guidelines" novalidate>
        <CsrfField page={page} />
        <TextField {...common} name="id" label={t.id} hint={t.idHint} required />
        <TextField {...common} name="title" label={t.title} required />
        <SelectField {...common} name="kind" label={t.kind} options={Object.entries(t.kinds)} />
        <SelectField
          {...common}
          name="responsibleBody"
          label={t.responsibleBody}
          options={[
            ['VVG', 'VVG'],
            ['SRO', 'SRO'],
          ]}
        />
        <fieldset>
          <legend>{t.owner}</legend>
          <TextField {...common} name="owner.name" label={t.ownerName} autocomplete="off" required />
          <TextField {...common} name="owner.email" type="email" label={t.ownerEmail} autocomplete="off" required />
          <SelectField
            {...common}
            name="owner.organisationId"
            label={t.ownerOrganisation}
            placeholder={t.chooseOrganisation}
            options={organisations.map((o) => [o.id, o.name])}
          />
          <TextField {...common} name="owner.role" label={t.ownerRole} required />
          <SelectField
            {...common}
            name="owner.language"
            label={t.ownerLanguage}
            options={[
              ['sv', 'Svenska'],
              ['en', 'English'],
            ]}
          />
        </fieldset>
        <CheckField form={form} name="draft" label={t.draft} />
        <fieldset>
          <legend>{t.validity}</legend>
          <TextField {...common} name="validFrom" type="date" label={t.validFrom} hint={t.dateHint} />
          <TextField {...common} name="validUntil" type="date" label={t.validUntil} hint={t.dateHint} />
        </fieldset>
        <button type="submit">{t.register}</button>
      </form>
    </Layout>
  );
}
