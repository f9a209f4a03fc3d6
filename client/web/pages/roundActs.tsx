import type { Child } from 'hono/jsx';
import { may } from '../../../domain/access';
import type { Organisation } from '../../../domain/directory/organisation';
import type { ConsultationView } from '../../../workflows/consultation/api';
import { emptyForm, FormState, SelectField, TextAreaField, TextField } from '../form';
import type { Language } from '../language';
import { CsrfField, PageContext } from '../layout';
import { pages } from '../links';
import { consultationTexts } from '../texts/consultations';

/**
 * The acts on a round, each a form of its own posted beside the round's page, at the API's path without `/api`.
 * A form's fields carry its name before their path in the act's input (`answer.organisationId`), so that the
 * page's forms never share an id.
 */
export const roundActs = {
  answer: { act: 'consultation.answer', path: 'answers', fields: ['organisationId', 'kind', 'receivedOn', 'text', 'documentRef'] },
  extension: { act: 'consultation.extend', path: 'extensions', fields: ['deadline', 'reason'] },
  addition: { act: 'consultation.addRecipient', path: 'recipients', fields: ['organisationId'] },
  withdrawal: { act: 'consultation.withdrawRecipient', path: 'withdrawals', fields: ['organisationId', 'reason'] },
  closure: { act: 'consultation.close', path: 'closure', fields: ['reason'] },
} as const;
export type RoundAct = keyof typeof roundActs;

/** Each act's form as it was sent back; an act not given is shown empty. */
export type RoundForms = Partial<Record<RoundAct, FormState>>;

export const actPath = (view: Pick<ConsultationView, 'guidelineId' | 'round'>, act: RoundAct) =>
  `${pages.round(view.guidelineId, view.round)}/${roundActs[act].path}`;

/** The labels of every act's fields, for the error summary. */
export function actFieldLabels(language: Language): Record<string, string> {
  const t = consultationTexts[language];
  return {
    'answer.organisationId': `${t.answerTitle}: ${t.organisation}`,
    'answer.kind': `${t.answerTitle}: ${t.answerKind}`,
    'answer.receivedOn': `${t.answerTitle}: ${t.answerReceived}`,
    'answer.text': `${t.answerTitle}: ${t.answerComment}`,
    'answer.documentRef': `${t.answerTitle}: ${t.answerDocumentRef}`,
    'extension.deadline': `${t.extendTitle}: ${t.newDeadline}`,
    'extension.reason': `${t.extendTitle}: ${t.reason}`,
    'addition.organisationId': `${t.addTitle}: ${t.organisation}`,
    'withdrawal.organisationId': `${t.withdrawTitle}: ${t.organisation}`,
    'withdrawal.reason': `${t.withdrawTitle}: ${t.reason}`,
    'closure.reason': `${t.closeTitle}: ${t.closeReasonLabel}`,
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');

/** The forms of the acts the signed-in role may do on the round in its state; none once it is closed. */
export function RoundActs({
  page,
  view,
  organisations,
  today,
  forms,
}: {
  page: PageContext;
  view: ConsultationView;
  organisations: Organisation[];
  today: string;
  forms: RoundForms;
}) {
  const t = consultationTexts[page.language];
  const role = page.user?.role;
  const allowed = (act: RoundAct) => !!role && may(role, roundActs[act].act);
  if (view.status === 'closed' || !(Object.keys(roundActs) as RoundAct[]).some(allowed)) return null;

  const active = view.recipients
    .filter((r) => !view.withdrawn.includes(r.organisationId))
    .map((r) => ({ id: r.organisationId, name: r.organisationName }))
    .sort(byName);
  const activeIds = new Set(active.map((o) => o.id));
  const others = organisations.filter((o) => !activeIds.has(o.id)).sort(byName);
  const formOf = (act: RoundAct, defaults: Record<string, string> = {}) => forms[act] ?? emptyForm(defaults);
  const field = (form: FormState) => ({ form, language: page.language });

  const ActForm = ({
    act,
    title,
    hint,
    children,
    submit,
  }: {
    act: RoundAct;
    title: string;
    hint?: string;
    children: Child;
    submit: string;
  }) => (
    <section class="round-act" aria-labelledby={`act-${act}`}>
      <h3 id={`act-${act}`}>{title}</h3>
      {hint && <p class="hint">{hint}</p>}
      <form class="stack" method="post" action={actPath(view, act)} novalidate>
        <CsrfField page={page} />
        {children}
        <button type="submit">{submit}</button>
      </form>
    </section>
  );

  const answer = formOf('answer', { 'answer.kind': 'comments', 'answer.receivedOn': today });
  const extension = formOf('extension');
  const addition = formOf('addition');
  const withdrawal = formOf('withdrawal');
  const closure = formOf('closure');
  return (
    <>
      <h2>{t.acts}</h2>
      {allowed('answer') &&
        (view.status === 'scheduled' ? (
          <p class="notice">{t.notOpenYet}</p>
        ) : (
          <ActForm act="answer" title={t.answerTitle} hint={t.answerReplaces} submit={t.answerSubmit}>
            <SelectField
              {...field(answer)}
              name="answer.organisationId"
              label={t.organisation}
              placeholder={t.chooseOrganisation}
              options={active.map((o) => [o.id, o.name])}
            />
            <SelectField {...field(answer)} name="answer.kind" label={t.answerKind} options={Object.entries(t.kinds)} />
            <TextField {...field(answer)} name="answer.receivedOn" type="date" label={t.answerReceived} hint={t.dateHint} />
            <TextAreaField {...field(answer)} name="answer.text" label={t.answerComment} hint={t.answerCommentHint} />
            <TextField {...field(answer)} name="answer.documentRef" label={t.answerDocumentRef} hint={t.answerDocumentRefHint} />
          </ActForm>
        ))}
      {allowed('extension') && (
        <ActForm act="extension" title={t.extendTitle} submit={t.extendSubmit}>
          <TextField {...field(extension)} name="extension.deadline" type="date" label={t.newDeadline} hint={t.dateHint} />
          <TextAreaField {...field(extension)} name="extension.reason" label={t.reason} />
        </ActForm>
      )}
      {allowed('addition') && (
        <ActForm act="addition" title={t.addTitle} submit={t.addSubmit}>
          <SelectField
            {...field(addition)}
            name="addition.organisationId"
            label={t.organisation}
            placeholder={t.chooseOrganisation}
            options={others.map((o) => [o.id, o.name])}
          />
        </ActForm>
      )}
      {allowed('withdrawal') && (
        <ActForm act="withdrawal" title={t.withdrawTitle} submit={t.withdrawSubmit}>
          <SelectField
            {...field(withdrawal)}
            name="withdrawal.organisationId"
            label={t.organisation}
            placeholder={t.chooseOrganisation}
            options={active.map((o) => [o.id, o.name])}
          />
          <TextAreaField {...field(withdrawal)} name="withdrawal.reason" label={t.reason} />
        </ActForm>
      )}
      {allowed('closure') && (
        <ActForm act="closure" title={t.closeTitle} hint={t.closeHint} submit={t.closeSubmit}>
          <TextAreaField {...field(closure)} name="closure.reason" label={t.closeReasonLabel} hint={t.closeReasonHint} />
        </ActForm>
      )}
    </>
  );
}
