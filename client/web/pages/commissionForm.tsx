import type { Organisation } from '../../../domain/directory/organisation';
import { ErrorSummary, FormState, SelectField, TextAreaField, TextField } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { pages } from '../links';
import { commissionTexts } from '../texts/commissions';
import { ContactFields, contactLabels, GroupProblems } from './trackingParts';

/** Rows the form offers: a group of up to two people and up to five milestones; the API takes more. */
export const GROUP_ROWS = 2;
export const MILESTONE_ROWS = 5;

const rows = (count: number) => Array.from({ length: count }, (_, i) => i);

const bodies: Array<[string, string]> = [
  ['VVG', 'VVG'],
  ['SRO', 'SRO'],
];

/** Starts a commission: the fields of `POST /api/commissions`, named by their path in it. */
export function CommissionFormPage({ page, form, organisations }: { page: PageContext; form: FormState; organisations: Organisation[] }) {
  const t = commissionTexts[page.language];
  const lang = page.language;
  const common = { form, language: lang };
  const labels: Record<string, string> = {
    id: t.id,
    title: t.title,
    task: t.task,
    'commissionedBy.body': `${t.commissionedBy}: ${t.body}`,
    'commissionedBy.date': `${t.commissionedBy}: ${t.commissionedOn}`,
    group: t.group,
    milestones: t.milestones,
    reportBack: t.reportBack,
    'reportBack.body': `${t.reportBack}: ${t.body}`,
    'reportBack.date': `${t.reportBack}: ${t.reportBackDate}`,
    'reportBack.nextMeetingIn.year': `${t.reportBack}: ${t.reportBackYear}`,
    'reportBack.nextMeetingIn.month': `${t.reportBack}: ${t.reportBackMonth}`,
  };
  for (const i of rows(GROUP_ROWS)) Object.assign(labels, contactLabels(lang, `group.${i}`, t.person(i + 1)));
  for (const i of rows(MILESTONE_ROWS)) {
    const row = t.milestoneRow(i + 1);
    labels[`milestones.${i}.id`] = `${row}: ${t.milestoneId}`;
    labels[`milestones.${i}.title`] = `${row}: ${t.milestoneTitle}`;
    labels[`milestones.${i}.due`] = `${row}: ${t.due}`;
  }
  return (
    <Layout page={page} title={t.startTitle}>
      <h1>{t.startTitle}</h1>
      <p class="lead">{t.startIntro}</p>
      <ErrorSummary form={form} language={lang} labels={labels} />
      <form class="stack" method="post" action={pages.commissions()} novalidate>
        <CsrfField page={page} />
        <TextField {...common} name="id" label={t.id} hint={t.idHint} />
        <TextField {...common} name="title" label={t.title} />
        <TextAreaField {...common} name="task" label={t.task} rows={5} />
        <fieldset>
          <legend>{t.commissionedBy}</legend>
          <SelectField {...common} name="commissionedBy.body" label={t.body} options={bodies} />
          <TextField {...common} name="commissionedBy.date" type="date" label={t.commissionedOn} hint={t.dateHint} />
        </fieldset>
        <GroupProblems form={form} name="group" language={lang} />
        <div id="f-group">
          {rows(GROUP_ROWS).map((i) => (
            <ContactFields
              {...common}
              prefix={`group.${i}`}
              legend={i === 0 ? t.person(i + 1) : t.optionalPerson(i + 1)}
              organisations={organisations}
            />
          ))}
        </div>
        <fieldset id="f-milestones">
          <legend>{t.milestones}</legend>
          <span class="hint">{t.milestonesHint}</span>
          <GroupProblems form={form} name="milestones" language={lang} />
          {rows(MILESTONE_ROWS).map((i) => (
            <fieldset class="row">
              <legend>{t.milestoneRow(i + 1)}</legend>
              <TextField {...common} name={`milestones.${i}.id`} label={t.milestoneId} />
              <TextField {...common} name={`milestones.${i}.title`} label={t.milestoneTitle} />
              <TextField {...common} name={`milestones.${i}.due`} type="date" label={t.due} hint={t.dateHint} />
            </fieldset>
          ))}
        </fieldset>
        <fieldset id="f-reportBack">
          <legend>{t.reportBack}</legend>
          <span class="hint">{t.reportBackHint}</span>
          <GroupProblems form={form} name="reportBack" language={lang} />
          <SelectField {...common} name="reportBack.body" label={t.body} options={bodies} />
          <TextField {...common} name="reportBack.date" type="date" label={t.reportBackDate} hint={t.dateHint} />
          <TextField {...common} name="reportBack.nextMeetingIn.year" label={t.reportBackYear} />
          <SelectField
            {...common}
            name="reportBack.nextMeetingIn.month"
            label={t.reportBackMonth}
            placeholder={t.chooseMonth}
            options={t.months.map((name, i) => [String(i + 1), name])}
          />
        </fieldset>
        <button type="submit">{t.start}</button>
      </form>
    </Layout>
  );
}
