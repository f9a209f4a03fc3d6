import type { DeadlineRule } from '../../../domain/calendar/deadlineRule';
import type { Organisation } from '../../../domain/directory/organisation';
import { CheckField, ErrorSummary, fieldId, FormState, SelectField, TextField } from '../form';
import type { Language } from '../language';
import { CsrfField, Layout, PageContext } from '../layout';
import { pages } from '../links';
import { consultationTexts } from '../texts/consultations';
import { organisationsByGroup } from './roundGroups';

/** The guideline a round is started on, as its page names it. */
export interface RoundGuideline {
  id: string;
  title: string;
  responsibleBody: string;
  /** The rule of the responsible body, which a round follows unless it names its own. */
  bodyRule: DeadlineRule;
  /** Set when the guideline's state lets no round start. */
  refused?: boolean;
}

/**
 * The fields of the form, named by their path in the round request (`consultation start --file`). The recipient
 * groups are checkboxes under `groups.`; a refusal of `recipientGroups` as a whole is shown on their fieldset.
 */
export const ROUND_GROUPS_FIELD = 'recipientGroups';
export const NAMED_ORGANISATIONS_FIELD = 'groups.organisationIds';

function startFieldLabels(language: Language): Record<string, string> {
  const t = consultationTexts[language];
  return {
    'document.title': `${t.document}: ${t.documentTitle}`,
    'document.version': `${t.document}: ${t.documentVersion}`,
    'document.link': `${t.document}: ${t.documentLink}`,
    [ROUND_GROUPS_FIELD]: t.recipients,
    'groups.subregion': t.subregionMunicipalities,
    [NAMED_ORGANISATIONS_FIELD]: t.namedOrganisations,
    opensOn: t.opensOn,
    deadline: t.deadline,
    'processOwner.name': `${t.processOwner}: ${t.name}`,
    'processOwner.email': `${t.processOwner}: ${t.email}`,
    'processOwner.organisationId': `${t.processOwner}: ${t.organisation}`,
    'processOwner.role': `${t.processOwner}: ${t.role}`,
    'processOwner.language': `${t.processOwner}: ${t.mailLanguage}`,
    'reminderPolicy.businessDaysBefore': t.businessDaysBefore,
    'reminderPolicy.sendAt': t.sendAt,
    'reminderPolicy.quietPeriods': t.quietPeriods,
    deadlineRule: t.deadlineRule,
  };
}

/** The fields the form has, for the route to place each problem at one of them. */
export const startFields = Object.keys(startFieldLabels('sv'));

/** The recipient groups: a fieldset of checkboxes, a sub-region to choose, and named organisations by group. */
function RecipientGroups({ form, language, organisations }: { form: FormState; language: Language; organisations: Organisation[] }) {
  const t = consultationTexts[language];
  const common = { form, language };
  const problems = form.problems.filter((p) => p.field === ROUND_GROUPS_FIELD);
  const namedProblems = form.problems.filter((p) => p.field === NAMED_ORGANISATIONS_FIELD);
  const named = new Set((form.values[NAMED_ORGANISATIONS_FIELD] ?? '').split(',').filter(Boolean));
  const errorId = `${fieldId(ROUND_GROUPS_FIELD)}-error`;
  return (
    <fieldset
      class={problems.length ? 'invalid' : undefined}
      aria-describedby={problems.length ? `${errorId} recipients-hint` : 'recipients-hint'}
    >
      <legend>{t.recipients}</legend>
      <span class="hint" id="recipients-hint">
        {t.recipientsHint}
      </span>
      {problems.length > 0 && (
        <span class="message" id={errorId}>
          {problems.map((p) => (language === 'en' ? p.detail : <span lang="en">{p.detail}</span>))}
        </span>
      )}
      {/* The summary's link to the groups lands on the first of them. */}
      <div class="field check">
        <input
          type="checkbox"
          id={fieldId(ROUND_GROUPS_FIELD)}
          name="groups.all-municipalities"
          value="true"
          checked={form.values['groups.all-municipalities'] === 'true'}
        />
        <label for={fieldId(ROUND_GROUPS_FIELD)}>{t.allMunicipalities}</label>
      </div>
      <CheckField form={form} name="groups.regional-administrations" label={t.regionalAdministrations} />
      <CheckField form={form} name="groups.subregions" label={t.subregions} />
      <SelectField
        {...common}
        name="groups.subregion"
        label={t.subregionMunicipalities}
        placeholder={t.noSubregion}
        options={organisations.filter((o) => o.kind === 'subregion').map((o) => [o.id, o.name])}
      />
      <details class="named-organisations" open={named.size > 0 || namedProblems.length > 0}>
        <summary>{t.namedOrganisations}</summary>
        <p class="hint">{t.namedOrganisationsHint}</p>
        {namedProblems.length > 0 && (
          <span class="message" id={`${fieldId(NAMED_ORGANISATIONS_FIELD)}-error`}>
            {namedProblems.map((p) => (language === 'en' ? p.detail : <span lang="en">{p.detail}</span>))}
          </span>
        )}
        {organisationsByGroup(organisations, language).map((group, g) => (
          <fieldset class="organisation-group">
            <legend>{group.label}</legend>
            {group.items.map((o, i) => {
              // The summary's link to named organisations lands on the first of them.
              const id = g === 0 && i === 0 ? fieldId(NAMED_ORGANISATIONS_FIELD) : `f-org-${o.id}`;
              return (
                <div class="field check">
                  <input type="checkbox" id={id} name={NAMED_ORGANISATIONS_FIELD} value={o.id} checked={named.has(o.id)} />
                  <label for={id}>{o.name}</label>
                </div>
              );
            })}
          </fieldset>
        ))}
      </details>
    </fieldset>
  );
}

/** The form that starts a round on a guideline: what the API's POST /api/guidelines/{id}/rounds takes. */
export function RoundStartPage({
  page,
  guideline,
  form,
  organisations,
}: {
  page: PageContext;
  guideline: RoundGuideline;
  form: FormState;
  organisations: Organisation[];
}) {
  const t = consultationTexts[page.language];
  const common = { form, language: page.language };
  return (
    <Layout page={page} title={`${t.startTitle}: ${guideline.title}`}>
      <p>
        <a href={pages.guideline(guideline.id)}>
          {t.guideline}: {guideline.title}
        </a>
      </p>
      <h1>{t.startTitle}</h1>
      {guideline.refused ? (
        <p class="notice">{t.cannotStart}</p>
      ) : (
        <>
          <p class="lead">{t.startIntro}</p>
          <ErrorSummary form={form} language={page.language} labels={startFieldLabels(page.language)} />
          <form class="stack round-form" method="post" action={`/guidelines/${guideline.id}/rounds`} novalidate>
            <CsrfField page={page} />
            <fieldset>
              <legend>{t.document}</legend>
              <TextField {...common} name="document.title" label={t.documentTitle} required />
              <TextField {...common} name="document.version" label={t.documentVersion} hint={t.documentVersionHint} required />
              <TextField {...common} name="document.link" label={t.documentLink} hint={t.documentLinkHint} required />
            </fieldset>
            <RecipientGroups form={form} language={page.language} organisations={organisations} />
            <fieldset>
              <legend>{t.period}</legend>
              <TextField {...common} name="opensOn" type="date" label={t.opensOn} hint={t.dateHint} required />
              <TextField {...common} name="deadline" type="date" label={t.deadline} hint={t.dateHint} required />
            </fieldset>
            <fieldset>
              <legend>{t.processOwner}</legend>
              <p class="hint">{t.processOwnerHint}</p>
              <TextField {...common} name="processOwner.name" label={t.name} autocomplete="off" required />
              <TextField {...common} name="processOwner.email" type="email" label={t.email} autocomplete="off" required />
              <SelectField
                {...common}
                name="processOwner.organisationId"
                label={t.organisation}
                placeholder={t.chooseOrganisation}
                options={organisations.map((o) => [o.id, o.name])}
              />
              <TextField {...common} name="processOwner.role" label={t.role} required />
              <SelectField
                {...common}
                name="processOwner.language"
                label={t.mailLanguage}
                options={[
                  ['sv', 'Svenska'],
                  ['en', 'English'],
                ]}
              />
            </fieldset>
            <fieldset>
              <legend>{t.reminders}</legend>
              <TextField
                {...common}
                name="reminderPolicy.businessDaysBefore"
                label={t.businessDaysBefore}
                hint={t.businessDaysBeforeHint}
              />
              <TextField {...common} name="reminderPolicy.sendAt" label={t.sendAt} hint={t.sendAtHint} />
              <TextField {...common} name="reminderPolicy.quietPeriods" label={t.quietPeriods} hint={t.quietPeriodsHint} />
              <SelectField
                {...common}
                name="deadlineRule"
                label={t.deadlineRule}
                options={[
                  ['', t.bodyRule(guideline.responsibleBody, t.rules[guideline.bodyRule])],
                  ...(Object.entries(t.rules) as Array<[DeadlineRule, string]>),
                ]}
              />
            </fieldset>
            <button type="submit">{t.start}</button>
          </form>
        </>
      )}
    </Layout>
  );
}
