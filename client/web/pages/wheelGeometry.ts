import type { IsoDate } from '../../../domain/calendar/dates';
import { dayNumber, dayNumberOf, isLeapYear } from '../../../domain/calendar/dayNumbers';
import type { WheelKind } from '../texts/meetings';

/** One thing the wheel shows: a dated mark on its kind's ring; a survey also its open window as an arc. */
export interface WheelEntry {
  kind: WheelKind;
  /** The day it falls on: a meeting's date, a deadline, a survey's last day, a yearly task's day. */
  date: IsoDate;
  /** A survey's first day. */
  opensOn?: IsoDate;
  /** A yearly task's day the work is due by. */
  dueBy?: IsoDate;
  /** What it is about; a meeting's own words come from its kind. */
  title: string;
  /** A meeting's items, once it has been started. */
  items?: number;
  href?: string;
}

/** The kinds from the outer ring inwards: meetings outermost, where the eye starts. */
export const wheelKinds: readonly WheelKind[] = [
  'meeting-VVG',
  'meeting-SRO',
  'consultation',
  'survey',
  'implementation',
  'commission',
  'yearly-task',
];

/** The drawing's measures, in its own units around the centre (0, 0). */
export const WHEEL = {
  /** Half the side of the square viewBox. */
  half: 262,
  inner: 48,
  outer: 208,
  labels: 228,
  ringGap: 22,
  mark: 7,
};

/** The radius of a kind's ring. */
export const ringOf = (kind: WheelKind): number => WHEEL.outer - 15 - wheelKinds.indexOf(kind) * WHEEL.ringGap;

const daysInYear = (year: number) => (isLeapYear(year) ? 366 : 365);

/**
 * Degrees clockwise from twelve o'clock at which `date`'s day begins (`fraction` 0), is half gone (0.5, where its
 * mark goes) or ends (1), on the wheel of `year`, which turns once from 1 January to 31 December.
 */
export function angleOf(date: IsoDate, year: number, fraction = 0.5): number {
  return ((dayNumber(date) - dayNumberOf(year, 1, 1) + fraction) / daysInYear(year)) * 360;
}

// Hundredths are finer than any screen or printer shows; `|| 0` keeps -0 out of the drawing.
const round = (n: number) => Math.round(n * 100) / 100 || 0;

/** The point at `angle` degrees (clockwise from twelve o'clock) and `radius` from the centre; y grows downwards in SVG. */
export function pointAt(angle: number, radius: number): [x: number, y: number] {
  const radians = (angle * Math.PI) / 180;
  return [round(radius * Math.sin(radians)), round(-radius * Math.cos(radians))];
}

const at = (p: [number, number]) => `${p[0]} ${p[1]}`;

/** A ring's piece between two angles, from radius `r0` to `r1`. */
export function annularSector(start: number, end: number, r0: number, r1: number): string {
  const large = end - start > 180 ? 1 : 0;
  return [
    `M ${at(pointAt(start, r1))}`,
    `A ${r1} ${r1} 0 ${large} 1 ${at(pointAt(end, r1))}`,
    `L ${at(pointAt(end, r0))}`,
    `A ${r0} ${r0} 0 ${large} 0 ${at(pointAt(start, r0))}`,
    'Z',
  ].join(' ');
}

/** An arc of a circle, clockwise from `start` to `end`. */
export function arc(start: number, end: number, radius: number): string {
  const large = end - start > 180 ? 1 : 0;
  return `M ${at(pointAt(start, radius))} A ${radius} ${radius} 0 ${large} 1 ${at(pointAt(end, radius))}`;
}

export interface MonthSector {
  month: number;
  start: number;
  end: number;
  path: string;
  label: [x: number, y: number];
}

/** The twelve months of `year` as sectors of the wheel, each as wide as its days, January from twelve o'clock. */
export function monthSectors(year: number): MonthSector[] {
  return Array.from({ length: 12 }, (_, i) => {
    const first = (month: number) => (dayNumberOf(year, month, 1) - dayNumberOf(year, 1, 1)) / daysInYear(year);
    const start = first(i + 1) * 360;
    const end = i === 11 ? 360 : first(i + 2) * 360;
    return {
      month: i + 1,
      start,
      end,
      path: annularSector(start, end, WHEEL.inner, WHEEL.outer),
      label: pointAt((start + end) / 2, WHEEL.labels),
    };
  });
}

/** A mark's outline centred on (x, y), its shape told by its kind so that colour is never the only difference. */
export function markPath(kind: WheelKind, [x, y]: [number, number], s = WHEEL.mark): string {
  switch (kind) {
    case 'meeting-VVG':
    case 'yearly-task':
      return `M ${round(x - s)} ${y} a ${s} ${s} 0 1 0 ${2 * s} 0 a ${s} ${s} 0 1 0 ${-2 * s} 0 Z`;
    case 'meeting-SRO':
      return `M ${round(x - s)} ${round(y - s)} h ${2 * s} v ${2 * s} h ${-2 * s} Z`;
    case 'consultation':
      return `M ${x} ${round(y - s)} L ${round(x + s)} ${round(y + s)} L ${round(x - s)} ${round(y + s)} Z`;
    case 'survey':
      return `M ${x} ${round(y - s)} L ${round(x + s)} ${y} L ${x} ${round(y + s)} L ${round(x - s)} ${y} Z`;
    case 'implementation':
      return `M ${x} ${round(y + s)} L ${round(x + s)} ${round(y - s)} L ${round(x - s)} ${round(y - s)} Z`;
    case 'commission': {
      // A plus sign, its arms two thirds of the mark's half-width wide.
      const w = round(s / 3);
      const arm = round(s - w);
      return (
        `M ${round(x - w)} ${round(y - s)} h ${2 * w} v ${arm} h ${arm} v ${2 * w} h ${-arm} v ${arm} ` +
        `h ${-2 * w} v ${-arm} h ${-arm} v ${-2 * w} h ${arm} Z`
      );
    }
  }
}

/** The part of an entry that falls in `year`: its mark if its day does, and a survey's window clipped to the year. */
export function placed(entry: WheelEntry, year: number): { mark?: number; window?: [start: number, end: number] } {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const inYear = entry.date >= first && entry.date <= last;
  const opens = entry.opensOn;
  const window: [number, number] | undefined =
    opens && opens <= last && entry.date >= first
      ? [angleOf(opens < first ? first : opens, year, 0), angleOf(entry.date > last ? last : entry.date, year, 1)]
      : undefined;
  return { ...(inYear ? { mark: angleOf(entry.date, year) } : {}), ...(window ? { window } : {}) };
}
