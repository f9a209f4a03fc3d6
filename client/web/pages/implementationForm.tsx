import type { Organisation } from '../../../domain/directory/organisation';
import { ErrorSummary, FormState, SelectField, TextField } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { pages } from '../links';
import { followUpTexts } from '../texts/followUps';
import { ContactFields, contactLabels } from './trackingParts';

export interface PlanPageProps {
  page: PageContext;
  guidelineId: string;
  guidelineTitle: string;
  form: FormState;
  organisations: Organisation[];
}

/** Sets a guideline's implementation deadline: the fields of `POST /api/guidelines/{id}/implementations`, named by their path in it. */
export function ImplementationFormPage({ page, guidelineId, guidelineTitle, form, organisations }: PlanPageProps) {
  const t = followUpTexts[page.language];
  const common = { form, language: page.language };
  const labels = {
    deadline: t.deadline,
    implementers: t.implementers,
    preparationGroup: t.preparationGroup,
    ...contactLabels(page.language, 'preparationGroup.0', t.preparationGroup),
  };
  return (
    <Layout page={page} title={t.planImplementationTitle}>
      <h1>{t.planImplementationTitle}</h1>
      <p class="lead">
        {t.planImplementationIntro} <a href={pages.guideline(guidelineId)}>{guidelineTitle}</a>.
      </p>
      <ErrorSummary form={form} language={page.language} labels={labels} />
      <form class="stack" method="post" action={`/guidelines/${guidelineId}/implementations`} novalidate>
        <CsrfField page={page} />
        <TextField {...common} name="deadline" type="date" label={t.deadline} hint={t.deadlineHint} />
        <SelectField
          {...common}
          name="implementers"
          label={t.implementers}
          options={[
            ['principals', t.implementerGroups.principals],
            ['subregions', t.implementerGroups.subregions],
          ]}
        />
        <ContactFields {...common} prefix="preparationGroup.0" legend={t.preparationGroup} organisations={organisations} />
        <button type="submit">{t.planImplementation}</button>
      </form>
    </Layout>
  );
}
