import { DateText } from '../components';
import { ErrorSummary, FormState, TextField } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { pages } from '../links';
import { guidelineDecisionTexts } from '../texts/guidelineDecisions';

export type GuidelineDecision = 'adopt' | 'extend' | 'retire';

/** Where each form posts: the page mirror of the API's route. */
const decisionAction: Record<GuidelineDecision, (guidelineId: string) => string> = {
  adopt: (id) => `${pages.guideline(id)}/adoption`,
  extend: (id) => `${pages.guideline(id)}/extensions`,
  retire: (id) => `${pages.guideline(id)}/retirement`,
};

/** The fields of each form, named as the API's schema names them, with their labels. */
export function decisionLabels(decision: GuidelineDecision, page: PageContext): Record<string, string> {
  const t = guidelineDecisionTexts[page.language];
  switch (decision) {
    case 'adopt':
      return { validFrom: t.validFrom, validUntil: t.validUntil, decisionRef: t.decisionRef, note: t.note };
    case 'extend':
      return {
        validUntil: t.newValidUntil,
        decisionRef: t.decisionRef,
        note: t.extensionNote,
        version: t.version,
        editorialChanges: t.editorialChanges,
      };
    case 'retire':
      return { reason: t.reason, decisionRef: t.optionalDecisionRef };
  }
}

/** A decision on a guideline as a form: its fields, each problem at the top and at its field. */
export function GuidelineDecisionPage({
  page,
  decision,
  guideline,
  form,
}: {
  page: PageContext;
  decision: GuidelineDecision;
  guideline: { guidelineId: string; title: string; validUntil?: string };
  form: FormState;
}) {
  const t = guidelineDecisionTexts[page.language];
  const language = page.language;
  const labels = decisionLabels(decision, page);
  const common = { form, language };
  const title = { adopt: t.adoptTitle, extend: t.extendTitle, retire: t.retireTitle }[decision];
  const intro = { adopt: t.adoptIntro, extend: t.extendIntro, retire: t.retireIntro }[decision];
  return (
    <Layout page={page} title={`${title}: ${guideline.title}`}>
      <h1>
        {title}: {guideline.title}
      </h1>
      <p class="lead">{intro}</p>
      {decision === 'extend' && guideline.validUntil && (
        <p>
          {t.currentUntil} <DateText date={guideline.validUntil} language={language} />.
        </p>
      )}
      <ErrorSummary form={form} language={language} labels={labels} />
      <form class="stack" method="post" action={decisionAction[decision](guideline.guidelineId)} novalidate>
        <CsrfField page={page} />
        {decision === 'adopt' && (
          <>
            <TextField {...common} name="validFrom" type="date" label={labels.validFrom} hint={t.dateHint} required />
            <TextField {...common} name="validUntil" type="date" label={labels.validUntil} hint={t.dateHint} required />
            <TextField {...common} name="decisionRef" label={labels.decisionRef} hint={t.decisionRefHint} required />
            <TextField {...common} name="note" label={labels.note} />
          </>
        )}
        {decision === 'extend' && (
          <>
            <TextField {...common} name="validUntil" type="date" label={labels.validUntil} hint={t.dateHint} required />
            <TextField {...common} name="decisionRef" label={labels.decisionRef} hint={t.decisionRefHint} required />
            <TextField {...common} name="note" label={labels.note} hint={t.extensionNoteHint} required />
            <TextField {...common} name="version" label={labels.version} />
            <TextField {...common} name="editorialChanges" label={labels.editorialChanges} hint={t.editorialChangesHint} />
          </>
        )}
        {decision === 'retire' && (
          <>
            <TextField {...common} name="reason" label={labels.reason} required />
            <TextField {...common} name="decisionRef" label={labels.decisionRef} hint={t.decisionRefHint} />
          </>
        )}
        <div class="form-actions">
          <button type="submit">{t[decision]}</button>
          <a href={pages.guideline(guideline.guidelineId)}>{t.back}</a>
        </div>
      </form>
    </Layout>
  );
}
