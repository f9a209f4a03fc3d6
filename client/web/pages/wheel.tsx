import { monthOf } from '../../../domain/calendar/dayNumbers';
import { DateText } from '../components';
import type { Language } from '../language';
import { Layout, PageContext } from '../layout';
import { pages } from '../links';
import { meetingTexts } from '../texts/meetings';
import { KindIcon, WheelDrawing } from './wheelDrawing';
import { WheelEntry, wheelKinds } from './wheelGeometry';

/** The month an entry is listed under: its day's, or a survey's opening month when it closes after the year. */
const listedMonth = (e: WheelEntry, year: number) => monthOf(e.date.startsWith(`${year}-`) || !e.opensOn ? e.date : e.opensOn);

function EntryText({ entry, language }: { entry: WheelEntry; language: Language }) {
  const t = meetingTexts[language];
  const title = entry.href ? <a href={entry.href}>{entry.title}</a> : entry.title;
  const isMeeting = entry.kind === 'meeting-VVG' || entry.kind === 'meeting-SRO';
  return (
    <>
      <KindIcon kind={entry.kind} />
      <DateText date={entry.date} language={language} />
      {': '}
      {isMeeting ? (
        <>
          <a href={entry.href}>{t.wheelKinds[entry.kind]}</a>
          {entry.items !== undefined ? ` (${t.itemCount(entry.items)})` : ''}
        </>
      ) : (
        <>
          {t.wheelKinds[entry.kind]}: {title}
          {entry.opensOn && (
            <>
              {' '}
              ({t.opens} <DateText date={entry.opensOn} language={language} />)
            </>
          )}
          {entry.dueBy && (
            <>
              {' '}
              ({t.dueBy} <DateText date={entry.dueBy} language={language} />)
            </>
          )}
        </>
      )}
    </>
  );
}

/** The annual wheel of a year: the picture, its legend, and the same things as a list by month. */
export function WheelPage({ page, year, entries }: { page: PageContext; year: number; entries: WheelEntry[] }) {
  const t = meetingTexts[page.language];
  const language = page.language;
  const byMonth = t.months
    .map((name, i) => ({ name, entries: entries.filter((e) => listedMonth(e, year) === i + 1) }))
    .filter((m) => m.entries.length);
  return (
    <Layout page={page} title={t.wheelTitle(year)}>
      <div class="wheel-page">
        <h1>{t.wheelTitle(year)}</h1>
        <p class="lead">{t.wheelIntro}</p>
        <nav class="wheel-nav" aria-label={t.yearNavigation}>
          <ul>
            <li>
              <a href={pages.wheel(year - 1)} rel="prev">
                {t.previousYear} ({year - 1})
              </a>
            </li>
            <li>
              <a href={pages.wheel(year + 1)} rel="next">
                {t.nextYear} ({year + 1})
              </a>
            </li>
          </ul>
          <p class="hint">{t.print}</p>
        </nav>
        <div class="wheel-layout">
          <div class="wheel-figure">
            <WheelDrawing year={year} entries={entries} language={language} />
            <h2 class="legend-title">{t.legend}</h2>
            <ul class="legend">
              {wheelKinds.map((kind) => (
                <li>
                  <KindIcon kind={kind} />
                  {t.wheelKinds[kind]}
                </li>
              ))}
            </ul>
          </div>
          <section class="wheel-list" aria-labelledby="wheel-list-title">
            <h2 id="wheel-list-title">{t.inText}</h2>
            {byMonth.length ? (
              byMonth.map((m) => (
                <>
                  <h3>{m.name.charAt(0).toUpperCase() + m.name.slice(1)}</h3>
                  <ul>
                    {m.entries.map((e) => (
                      <li>
                        <EntryText entry={e} language={language} />
                      </li>
                    ))}
                  </ul>
                </>
              ))
            ) : (
              <p>{t.nothingThisYear}</p>
            )}
          </section>
        </div>
      </div>
    </Layout>
  );
}
