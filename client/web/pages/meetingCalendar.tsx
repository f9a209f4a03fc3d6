import type { IsoDate } from '../../../domain/calendar/dates';
import type { ResponsibleBodyId } from '../../../domain/ids';
import type { MeetingStatus } from '../../../domain/meeting/meeting';
import { DateText } from '../components';
import { ErrorSummary, FormState } from '../form';
import { CsrfField, Layout, PageContext } from '../layout';
import { pages } from '../links';
import { calendarTexts } from '../texts/calendars';
import { meetingTexts } from '../texts/meetings';

/** A calendar meeting in the list: its state from the read model once its workflow runs. */
export interface CalendarMeeting {
  date: IsoDate;
  started: boolean;
  status: MeetingStatus;
  items: number;
  documentsMissing: number;
  decided: number;
}

export interface CalendarBody {
  id: ResponsibleBodyId;
  meetings: CalendarMeeting[];
}

/** Each body's meetings of one year, with links to the other years of the calendar and, for a secretary, the year's start. */
export function MeetingCalendarPage({
  page,
  year,
  years,
  bodies,
  mayPlan,
  form,
}: {
  page: PageContext;
  year: number;
  years: number[];
  bodies: CalendarBody[];
  mayPlan: boolean;
  form: FormState;
}) {
  const t = meetingTexts[page.language];
  const subscribe = calendarTexts[page.language];
  return (
    <Layout page={page} title={`${t.calendarTitle} ${year}`}>
      <h1>
        {t.calendarTitle} {year}
      </h1>
      <p class="lead">{t.calendarIntro}</p>
      <p class="hint">{subscribe.subscribeHint}</p>
      <ErrorSummary form={form} language={page.language} labels={{}} />
      <nav class="year-nav" aria-label={t.years}>
        <ul>
          {years.map((y) => (
            <li>
              <a href={pages.meetings(y)} aria-current={y === year ? 'page' : undefined}>
                {y}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {bodies.map((body) => (
        <section aria-labelledby={`body-${body.id}`}>
          <h2 id={`body-${body.id}`}>{t.meetingsOf(body.id, year)}</h2>
          <p>
            <a href={pages.bodyCalendar(body.id)} type="text/calendar">
              {subscribe.subscribeToBody(body.id)}
            </a>
          </p>
          {body.meetings.length ? (
            <table class="meeting-calendar">
              <thead>
                <tr>
                  <th scope="col">{t.date}</th>
                  <th scope="col">{t.status}</th>
                  <th scope="col" class="number">
                    {t.items}
                  </th>
                  <th scope="col" class="number">
                    {t.documentsMissing}
                  </th>
                  <th scope="col" class="number">
                    {t.decided}
                  </th>
                </tr>
              </thead>
              <tbody>
                {body.meetings.map((m) => (
                  <tr>
                    <th scope="row">
                      <a href={pages.meeting(body.id, m.date)}>
                        <DateText date={m.date} language={page.language} />
                      </a>
                    </th>
                    <td>{m.started ? t.statuses[m.status] : t.notStarted}</td>
                    <td class="number">{m.started ? m.items : '–'}</td>
                    <td class="number">{m.started ? m.documentsMissing : '–'}</td>
                    <td class="number">{m.started ? m.decided : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t.noMeetingsInYear}</p>
          )}
          {mayPlan && body.meetings.some((m) => !m.started) && (
            <form method="post" action={pages.meetings()} class="plan-form">
              <CsrfField page={page} />
              <input type="hidden" name="body" value={body.id} />
              <input type="hidden" name="year" value={String(year)} />
              <p class="hint">{t.planHint}</p>
              <button type="submit">{t.plan(body.id, year)}</button>
            </form>
          )}
        </section>
      ))}
    </Layout>
  );
}
