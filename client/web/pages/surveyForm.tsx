import { ErrorSummary, SelectField, TextField } from '../form';
import { CsrfField, Layout } from '../layout';
import { pages } from '../links';
import { followUpTexts } from '../texts/followUps';
import type { PlanPageProps } from './implementationForm';
import { ContactFields, contactLabels } from './trackingParts';

/** The recipient groups a survey form offers; a list of organisations of one's own is for the API. */
export const surveyRecipientGroups = ['subregions', 'principals', 'all-municipalities', 'regional-administrations'] as const;

/**
 * Plans a follow-up survey: the fields of `POST /api/guidelines/{id}/follow-ups`, named by their path in it. It is
 * dated by its opening and closing days, or timed from the adoption; the survey's parts are the three of the sources.
 */
export function SurveyFormPage({ page, guidelineId, guidelineTitle, form, organisations }: PlanPageProps) {
  const t = followUpTexts[page.language];
  const common = { form, language: page.language };
  const labels = {
    title: t.surveyTitle,
    timing: t.timing,
    opensOn: t.opensOn,
    closesOn: t.closesOn,
    'afterAdoption.months': t.afterMonths,
    'afterAdoption.openForDays': t.openForDays,
    'recipientGroups.0.group': t.recipients,
    'targetMeeting.body': t.targetMeetingBody,
    'targetMeeting.date': t.targetMeetingDate,
    preparationGroup: t.preparationGroup,
    ...contactLabels(page.language, 'preparationGroup.0', t.preparationGroup),
  };
  return (
    <Layout page={page} title={t.planSurveyTitle}>
      <h1>{t.planSurveyTitle}</h1>
      <p class="lead">
        {t.planSurveyIntro} <a href={pages.guideline(guidelineId)}>{guidelineTitle}</a>.
      </p>
      <ErrorSummary form={form} language={page.language} labels={labels} />
      <form class="stack" method="post" action={`/guidelines/${guidelineId}/follow-ups`} novalidate>
        <CsrfField page={page} />
        <TextField {...common} name="title" label={t.surveyTitle} />
        <SelectField
          {...common}
          name="recipientGroups.0.group"
          label={t.recipients}
          options={surveyRecipientGroups.map((g) => [g, t.recipientGroups[g]])}
        />
        <SelectField
          {...common}
          name="timing"
          label={t.timing}
          hint={t.timingHint}
          options={[
            ['dates', t.timings.dates],
            ['afterAdoption', t.timings.afterAdoption],
          ]}
        />
        <fieldset>
          <legend>{t.byDates}</legend>
          <TextField {...common} name="opensOn" type="date" label={t.opensOn} hint={t.dateHint} />
          <TextField {...common} name="closesOn" type="date" label={t.closesOn} hint={t.dateHint} />
        </fieldset>
        <fieldset>
          <legend>{t.byAdoption}</legend>
          <TextField {...common} name="afterAdoption.months" label={t.afterMonths} hint={t.afterMonthsHint} />
          <TextField {...common} name="afterAdoption.openForDays" label={t.openForDays} hint={t.openForDaysHint} />
        </fieldset>
        <fieldset>
          <legend>{t.targetMeeting}</legend>
          <SelectField
            {...common}
            name="targetMeeting.body"
            label={t.targetMeetingBody}
            placeholder={t.noTargetMeeting}
            options={[
              ['VVG', 'VVG'],
              ['SRO', 'SRO'],
            ]}
          />
          <TextField {...common} name="targetMeeting.date" type="date" label={t.targetMeetingDate} hint={t.dateHint} />
        </fieldset>
        <ContactFields {...common} prefix="preparationGroup.0" legend={t.preparationGroup} organisations={organisations} />
        <button type="submit">{t.planSurvey}</button>
      </form>
    </Layout>
  );
}
