import type { Language } from '../language';
import type { WheelKind } from '../texts/meetings';
import { meetingTexts } from '../texts/meetings';
import { arc, markPath, monthSectors, placed, pointAt, ringOf, WHEEL, WheelEntry, wheelKinds } from './wheelGeometry';

/** A kind's mark on its own, for the legend and the list: decoration beside the words that say the same. */
export function KindIcon({ kind }: { kind: WheelKind }) {
  const s = WHEEL.mark;
  return (
    <svg
      class="kind-icon"
      viewBox={`${-s - 2} ${-s - 2} ${2 * s + 4} ${2 * s + 4}`}
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path class={`mark mark-${kind}`} d={markPath(kind, [0, 0])} />
    </svg>
  );
}

/**
 * The årshjul: the year as a circle turning clockwise from 1 January at twelve o'clock, a sector per month, each
 * kind of event on a ring of its own (meetings outermost). A picture with a name and a summary; the list beside it
 * says everything it shows.
 */
export function WheelDrawing({ year, entries, language }: { year: number; entries: WheelEntry[]; language: Language }) {
  const t = meetingTexts[language];
  const meetings = entries.filter((e) => e.kind === 'meeting-VVG' || e.kind === 'meeting-SRO').length;
  const h = WHEEL.half;
  return (
    <svg
      class="wheel"
      viewBox={`${-h} ${-h} ${2 * h} ${2 * h}`}
      role="img"
      aria-labelledby="wheel-title"
      aria-describedby="wheel-desc"
      focusable="false"
    >
      <title id="wheel-title">{t.wheelPicture(year)}</title>
      <desc id="wheel-desc">{t.wheelSummary(meetings, entries.length - meetings)}</desc>
      <g class="months">
        {monthSectors(year).map((m) => (
          <path class={`month ${m.month % 2 ? 'month-odd' : 'month-even'}`} d={m.path} data-month={m.month} />
        ))}
      </g>
      <g class="rings">
        {wheelKinds.map((kind) => (
          <circle class="ring" cx="0" cy="0" r={ringOf(kind)} data-kind={kind} />
        ))}
      </g>
      <g class="month-labels">
        {monthSectors(year).map((m) => (
          <text x={m.label[0]} y={m.label[1]} text-anchor="middle" dominant-baseline="central">
            {t.monthAbbreviations[m.month - 1]}
          </text>
        ))}
      </g>
      <g class="windows">
        {entries.map((e) => {
          const { window } = placed(e, year);
          return window && <path class={`window window-${e.kind}`} d={arc(window[0], window[1], ringOf(e.kind))} data-opens={e.opensOn} />;
        })}
      </g>
      <g class="marks">
        {entries.map((e) => {
          const { mark } = placed(e, year);
          if (mark === undefined) return null;
          return <path class={`mark mark-${e.kind}`} d={markPath(e.kind, pointAt(mark, ringOf(e.kind)))} data-date={e.date} />;
        })}
      </g>
      <text class="wheel-year" x="0" y="0" text-anchor="middle" dominant-baseline="central">
        {year}
      </text>
    </svg>
  );
}
