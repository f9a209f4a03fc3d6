import type { Organisation } from '../../../domain/directory/organisation';
import { formatDate } from '../../../domain/mail/letter';
import { DateText } from '../components';
import { CheckField, ErrorSummary, FormState, SelectField, TextField } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { pages } from '../links';
import { meetingTexts } from '../texts/meetings';
import { AgendaItemModel, DecisionText, MeetingModel, OriginMeeting, SubjectText } from './meetingParts';
import type { InboundReply } from '../../../domain/links/reply';
import { RepliesList } from './replies';

/** What the signed-in role may do on the agenda, in the meeting's state. */
export interface AgendaActs {
  addItem: boolean;
  submitDocument: boolean;
  decide: boolean;
}

/** The hand-in form's fields carry this prefix, so that its ids differ from the item form's. */
export const SUBMISSION = 'submission';

const isHeld = (m: MeetingModel) => m.status === 'held' || m.status === 'closed';

function itemFormLabels(page: PageContext): Record<string, string> {
  const t = meetingTexts[page.language];
  return {
    itemId: t.itemId,
    title: t.itemTitle,
    kind: t.kind,
    minutes: t.minutes,
    'subject.type': t.subjectType,
    'subject.id': t.subjectId,
    'presenter.name': `${t.presenter}: ${t.presenterName}`,
    'presenter.email': `${t.presenter}: ${t.presenterEmail}`,
    'presenter.organisationId': `${t.presenter}: ${t.presenterOrganisation}`,
    'presenter.role': `${t.presenter}: ${t.presenterRole}`,
    'presenter.language': `${t.presenter}: ${t.presenterLanguage}`,
  };
}

function submissionLabels(page: PageContext): Record<string, string> {
  const t = meetingTexts[page.language];
  return {
    [`${SUBMISSION}.itemId`]: t.handInItem,
    [`${SUBMISSION}.documents.0.title`]: t.documentTitle,
    [`${SUBMISSION}.documents.0.link`]: t.documentLink,
  };
}

function AgendaItem({ page, meeting, item, acts }: { page: PageContext; meeting: MeetingModel; item: AgendaItemModel; acts: AgendaActs }) {
  const t = meetingTexts[page.language];
  const language = page.language;
  return (
    <li id={`item-${item.itemId}`}>
      <h3>{item.title}</h3>
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
        <dd>
          {item.presenter.name}, {item.presenter.role}
        </dd>
        <dt>{t.minutes}</dt>
        <dd>{t.minutesValue(item.minutes)}</dd>
        {item.needsSro && (
          <>
            <dt>{t.needsSro}</dt>
            <dd>{t.yes}</dd>
          </>
        )}
        {item.origin && (
          <>
            <dt>{t.origin[item.origin.reason]}</dt>
            <dd>
              <OriginMeeting item={item} language={language} />
            </dd>
          </>
        )}
        <dt>{t.documents}</dt>
        <dd>
          {item.documents.length ? (
            <ul class="documents">
              {item.documents.map((d) => (
                <li>
                  <a href={d.link}>{d.title}</a>
                </li>
              ))}
            </ul>
          ) : item.documentsExpected ? (
            <span class="missing">{t.noDocuments}</span>
          ) : (
            t.noDocumentsExpected
          )}
        </dd>
        <dt>{t.decision}</dt>
        <dd>
          {item.decision ? (
            <DecisionText decision={item.decision} language={language} />
          ) : acts.decide && meeting.status === 'held' ? (
            <a class="button" href={pages.newDecision(meeting.body, meeting.date, item.itemId)} aria-label={t.recordDecisionOn(item.title)}>
              {t.recordDecision}
            </a>
          ) : (
            t.noDecision
          )}
        </dd>
      </dl>
    </li>
  );
}

function AddItemForm({
  page,
  meeting,
  form,
  organisations,
}: {
  page: PageContext;
  meeting: MeetingModel;
  form: FormState;
  organisations: Organisation[];
}) {
  const t = meetingTexts[page.language];
  const common = { form, language: page.language };
  return (
    <section aria-labelledby="add-item-title">
      <h2 id="add-item-title">{t.addItemTitle}</h2>
      <ErrorSummary form={form} language={page.language} labels={itemFormLabels(page)} />
      <form class="stack" method="post" action={`${pages.meeting(meeting.body, meeting.date)}/items`} novalidate>
        <CsrfField page={page} />
        <TextField {...common} name="itemId" label={t.itemId} hint={t.itemIdHint} required />
        <TextField {...common} name="title" label={t.itemTitle} required />
        <SelectField {...common} name="kind" label={t.kind} options={Object.entries(t.kinds)} />
        <TextField {...common} name="minutes" label={t.minutes} required />
        <SelectField
          {...common}
          name="subject.type"
          label={t.subjectType}
          placeholder={t.noSubject}
          options={Object.entries(t.subjectTypes)}
        />
        <TextField {...common} name="subject.id" label={t.subjectId} hint={t.subjectIdHint} />
        <fieldset>
          <legend>{t.presenter}</legend>
          <TextField {...common} name="presenter.name" label={t.presenterName} autocomplete="off" required />
          <TextField {...common} name="presenter.email" type="email" label={t.presenterEmail} autocomplete="off" required />
          <SelectField
            {...common}
            name="presenter.organisationId"
            label={t.presenterOrganisation}
            placeholder={t.chooseOrganisation}
            options={organisations.map((o) => [o.id, o.name])}
          />
          <TextField {...common} name="presenter.role" label={t.presenterRole} required />
          <SelectField
            {...common}
            name="presenter.language"
            label={t.presenterLanguage}
            options={[
              ['sv', 'Svenska'],
              ['en', 'English'],
            ]}
          />
        </fieldset>
        <CheckField form={form} name="documentsExpected" label={t.documentsExpected} />
        {meeting.body === 'VVG' && <CheckField form={form} name="needsSro" label={t.needsSro} />}
        <button type="submit">{t.addItem}</button>
      </form>
    </section>
  );
}

function HandInForm({ page, meeting, form }: { page: PageContext; meeting: MeetingModel; form: FormState }) {
  const t = meetingTexts[page.language];
  const common = { form, language: page.language };
  return (
    <section aria-labelledby="hand-in-title">
      <h2 id="hand-in-title">{t.handInTitle}</h2>
      <ErrorSummary form={form} language={page.language} labels={submissionLabels(page)} />
      <form class="stack" method="post" action={`${pages.meeting(meeting.body, meeting.date)}/documents`} novalidate>
        <CsrfField page={page} />
        <SelectField
          {...common}
          name={`${SUBMISSION}.itemId`}
          label={t.handInItem}
          placeholder={t.chooseItem}
          options={meeting.items.map((i) => [i.itemId, i.title])}
        />
        <TextField {...common} name={`${SUBMISSION}.documents.0.title`} label={t.documentTitle} required />
        <TextField
          {...common}
          name={`${SUBMISSION}.documents.0.link`}
          label={t.documentLink}
          hint={t.documentLinkHint}
          autocomplete="off"
          required
        />
        <button type="submit">{t.handIn}</button>
      </form>
    </section>
  );
}

/** A meeting's agenda: its dates, its items with their documents and decisions, and the forms the role may use now. */
export function MeetingAgendaPage({
  page,
  meeting,
  acts,
  itemForm,
  submissionForm,
  organisations,
  replies,
}: {
  page: PageContext;
  meeting: MeetingModel;
  acts: AgendaActs;
  itemForm: FormState;
  submissionForm: FormState;
  organisations: Organisation[];
  /** Replies to its asking mail, for staff to read. */
  replies?: InboundReply[];
}) {
  const t = meetingTexts[page.language];
  const language = page.language;
  const open = !isHeld(meeting);
  return (
    <Layout page={page} title={`${meeting.body} ${formatDate(meeting.date, language)}`}>
      <h1>
        {t.meetingTitle(meeting.body)} <DateText date={meeting.date} language={language} />
      </h1>
      <dl class="facts">
        <dt>{t.body}</dt>
        <dd>
          {meeting.bodyName} ({meeting.body})
        </dd>
        <dt>{t.status}</dt>
        <dd>
          <span class="status">{meeting.started ? t.statuses[meeting.status] : t.notStarted}</span>
        </dd>
        <dt>{t.documentDeadline}</dt>
        <dd>
          <DateText date={meeting.schedule.documentDeadline} language={language} />
        </dd>
        <dt>{t.agenda}</dt>
        <dd>
          {meeting.agendaPublished ? (
            t.agendaSent
          ) : (
            <>
              {t.agendaGoesOut} <DateText date={meeting.schedule.agendaPublishedOn} language={language} />
            </>
          )}
        </dd>
      </dl>
      {!meeting.started && <p class="notice">{t.notStartedNotice}</p>}

      <h2>{t.agenda}</h2>
      {meeting.items.length ? (
        <ol class="agenda">
          {meeting.items.map((item) => (
            <AgendaItem page={page} meeting={meeting} item={item} acts={acts} />
          ))}
        </ol>
      ) : (
        <p>{t.noItems}</p>
      )}

      {open && acts.addItem && <AddItemForm page={page} meeting={meeting} form={itemForm} organisations={organisations} />}
      {open && acts.submitDocument && meeting.items.length > 0 && <HandInForm page={page} meeting={meeting} form={submissionForm} />}
      {replies?.length ? <RepliesList replies={replies} language={page.language} /> : null}
    </Layout>
  );
}
