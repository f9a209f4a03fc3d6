import type { IsoDate } from '../../../domain/calendar/dates';
import { formatDate } from '../../../domain/mail/letter';
import { DateText } from '../components';
import { ErrorSummary, FormState, SelectField, TextField } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { pages } from '../links';
import { DecisionChoice, meetingTexts } from '../texts/meetings';
import { AgendaItemModel, MeetingModel, SubjectText } from './meetingParts';

/**
 * The fields only one outcome takes carry its group's prefix (`extend.validUntil`), so that the form can hold every
 * outcome at once without JavaScript and each field keeps an id of its own.
 */
export const decisionGroups: Partial<Record<DecisionChoice, { prefix: string; fields: readonly string[] }>> = {
  adopt: { prefix: 'adopt', fields: ['validFrom', 'validUntil'] },
  extend: { prefix: 'extend', fields: ['validUntil', 'version', 'editorialChanges'] },
  'send-back': { prefix: 'sendBack', fields: ['toMeeting', 'reason'] },
  'recommend-principals': { prefix: 'recommend', fields: ['decideBy'] },
};

function decisionLabels(page: PageContext): Record<string, string> {
  const t = meetingTexts[page.language];
  return {
    choice: t.choice,
    'adopt.validFrom': `${t.adoptFields}: ${t.validFrom}`,
    'adopt.validUntil': `${t.adoptFields}: ${t.validUntil}`,
    'extend.validUntil': `${t.extendFields}: ${t.extendUntil}`,
    'extend.version': `${t.extendFields}: ${t.version}`,
    'extend.editorialChanges': `${t.extendFields}: ${t.editorialChanges}`,
    'sendBack.toMeeting': `${t.sendBackFields}: ${t.toMeeting}`,
    'sendBack.reason': `${t.sendBackFields}: ${t.reason}`,
    'recommend.decideBy': `${t.recommendFields}: ${t.decideBy}`,
    text: t.decisionText,
  };
}

/** One item's decision: every outcome the domain allows for it, each with the fields it takes. */
export function MeetingDecisionPage({
  page,
  meeting,
  item,
  choices,
  laterMeetings,
  form,
}: {
  page: PageContext;
  meeting: MeetingModel;
  item: AgendaItemModel;
  choices: DecisionChoice[];
  /** The body's meetings an item can be sent back to. */
  laterMeetings: IsoDate[];
  form: FormState;
}) {
  const t = meetingTexts[page.language];
  const language = page.language;
  const common = { form, language };
  const offers = (choice: DecisionChoice) => choices.includes(choice);
  const agenda = pages.meeting(meeting.body, meeting.date);
  return (
    <Layout page={page} title={t.decisionTitle(item.title)}>
      <p>
        <a href={agenda}>
          {t.backToAgenda}: {meeting.body} <DateText date={meeting.date} language={language} />
        </a>
      </p>
      <h1>{t.decisionTitle(item.title)}</h1>
      <p class="lead">{t.decisionIntro(meeting.body)}</p>
      <dl class="facts">
        <dt>{t.kind}</dt>
        <dd>{t.kinds[item.kind]}</dd>
        {item.subject && (
          <>
            <dt>{t.subject}</dt>
            <dd>
              <SubjectText subject={item.subject} language={language} />
            </dd>
          </>
        )}
        <dt>{t.presenter}</dt>
        <dd>{item.presenter.name}</dd>
      </dl>
      <ErrorSummary form={form} language={language} labels={decisionLabels(page)} />
      <form class="stack" method="post" action={`${agenda}/decisions`} novalidate>
        <CsrfField page={page} />
        <input type="hidden" name="itemId" value={item.itemId} />
        <SelectField
          {...common}
          name="choice"
          label={t.choice}
          placeholder={t.chooseOutcome}
          options={choices.map((c) => [c, t.choices[c]])}
        />
        {offers('adopt') && (
          <fieldset>
            <legend>{t.adoptFields}</legend>
            <TextField {...common} name="adopt.validFrom" type="date" label={t.validFrom} hint={t.dateHint} />
            <TextField {...common} name="adopt.validUntil" type="date" label={t.validUntil} hint={t.dateHint} />
          </fieldset>
        )}
        {offers('extend') && (
          <fieldset>
            <legend>{t.extendFields}</legend>
            <TextField {...common} name="extend.validUntil" type="date" label={t.extendUntil} hint={t.dateHint} />
            <TextField {...common} name="extend.version" label={t.version} />
            <TextField {...common} name="extend.editorialChanges" label={t.editorialChanges} />
          </fieldset>
        )}
        {offers('send-back') && (
          <fieldset>
            <legend>{t.sendBackFields}</legend>
            <SelectField
              {...common}
              name="sendBack.toMeeting"
              label={t.toMeeting}
              placeholder={t.chooseMeeting}
              options={laterMeetings.map((d) => [d, `${meeting.body} ${formatDate(d, language)}`])}
            />
            <TextField {...common} name="sendBack.reason" label={t.reason} />
          </fieldset>
        )}
        {offers('recommend-principals') && (
          <fieldset>
            <legend>{t.recommendFields}</legend>
            <TextField {...common} name="recommend.decideBy" type="date" label={t.decideBy} hint={`${t.dateHint}. ${t.recommendHint}`} />
          </fieldset>
        )}
        <TextField {...common} name="text" label={t.decisionText} hint={t.decisionTextHint} />
        <button type="submit">{t.saveDecision}</button>
      </form>
    </Layout>
  );
}
