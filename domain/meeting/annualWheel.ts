import { DateTime } from 'luxon';
import { z } from 'zod';
import { IsoDate, TIME_ZONE, yearNumberSchema } from '../calendar/dates';
import { parseWorkflowId } from '../ids';
import { responsibleBodySchema, ResponsibleBody } from '../guideline/guideline';
import type { AgendaItem, ItemKind, ItemSubject, MeetingCalendar, MeetingStatus } from './meeting';
import type { DecisionOutcome } from './decision';
import type { Language } from '../mail/letter';
import { KIND_NAMES } from './mailTexts';

/** A year as the command line writes it, `2027`, in the range of the accepted dates. */
export const yearSchema = z.coerce
  .string()
  .regex(/^\d{4}$/, { error: 'must be a year such as 2027', abort: true })
  .transform(Number)
  .pipe(yearNumberSchema);

/** What the wheel shows of a recorded decision; the meeting's recorded decision has these fields. */
export interface DecisionSummary {
  outcome: DecisionOutcome;
  action?: 'adopt' | 'extend' | 'approve';
  validFrom?: string;
  validUntil?: string;
  toMeeting?: string;
  decideBy?: string;
  effects?: { placedOn?: string };
}

type ItemFields = Pick<AgendaItem, 'itemId' | 'title' | 'kind' | 'minutes' | 'subject' | 'presenter'>;

/** A started meeting as its agenda query shows it. */
export interface StartedMeeting {
  body: ResponsibleBody;
  date: IsoDate;
  status: MeetingStatus;
  items: Array<ItemFields & { decision?: DecisionSummary }>;
}

export interface WheelItem {
  itemId: string;
  title: string;
  kind: ItemKind;
  minutes: number;
  subject?: ItemSubject;
  presenter: { name: string; organisationId: string };
  decision?: DecisionSummary;
}

export type WheelMeeting = {
  body: ResponsibleBody;
  date: IsoDate;
  minutes: number;
  items: WheelItem[];
  /** A calendar meeting whose workflow has not been started has nothing planned yet. */
} & ({ started: false } | { started: true; status: MeetingStatus });

export interface AnnualWheel {
  year: number;
  meetings: WheelMeeting[];
}

type MeetingKey = { body: ResponsibleBody; date: IsoDate };

// VVG prepares what SRO decides, so on a shared day VVG comes first.
const byDateThenBody = (a: MeetingKey, b: MeetingKey) =>
  a.date.localeCompare(b.date) || responsibleBodySchema.options.indexOf(a.body) - responsibleBodySchema.options.indexOf(b.body);

/** The calendar's meetings in `year`, by date. */
export function meetingsInYear(calendar: MeetingCalendar, year: number): MeetingKey[] {
  return responsibleBodySchema.options
    .flatMap((body) => (calendar[body] ?? []).filter((date) => date.startsWith(`${year}-`)).map((date) => ({ body, date })))
    .sort(byDateThenBody);
}

/**
 * The årshjul: every meeting of the year with what is planned on it. A started meeting that has left the
 * calendar still shows, since items may already be on it.
 */
export function annualWheel(year: number, calendar: MeetingCalendar, started: StartedMeeting[]): AnnualWheel {
  const ofYear = started.filter((m) => m.date.startsWith(`${year}-`));
  const unstarted = meetingsInYear(calendar, year).filter((k) => !ofYear.some((m) => m.body === k.body && m.date === k.date));
  const meetings: WheelMeeting[] = [
    ...unstarted.map((k) => ({ ...k, started: false as const, minutes: 0, items: [] })),
    ...ofYear.map((m) => ({
      body: m.body,
      date: m.date,
      started: true as const,
      status: m.status,
      minutes: m.items.reduce((sum, i) => sum + i.minutes, 0),
      items: m.items.map(wheelItem),
    })),
  ];
  return { year, meetings: meetings.sort(byDateThenBody) };
}

function wheelItem(i: StartedMeeting['items'][number]): WheelItem {
  return {
    itemId: i.itemId,
    title: i.title,
    kind: i.kind,
    minutes: i.minutes,
    subject: i.subject,
    presenter: { name: i.presenter.name, organisationId: i.presenter.organisationId },
    decision: i.decision && {
      outcome: i.decision.outcome,
      action: i.decision.action,
      validFrom: i.decision.validFrom,
      validUntil: i.decision.validUntil,
      toMeeting: i.decision.toMeeting,
      decideBy: i.decision.decideBy,
      ...(i.decision.effects?.placedOn ? { effects: { placedOn: i.decision.effects.placedOn } } : {}),
    },
  };
}

const WORDS = {
  sv: {
    heading: 'Årshjul',
    noMeetings: (year: number) => `Inga möten i kalendern ${year}.`,
    notStarted: 'inte startat',
    status: { planned: 'planerat', 'agenda-published': 'dagordningen utskickad', held: 'hållet', closed: 'avslutat' },
    items: (n: number) => (n === 1 ? '1 punkt' : `${n} punkter`),
    noItems: 'inga punkter',
    kind: KIND_NAMES.sv,
    subject: { guideline: 'riktlinje', commission: 'uppdrag', survey: 'kartläggning', plan: 'plan', other: 'övrigt' },
    decision: 'beslut',
  },
  en: {
    heading: 'Annual wheel',
    noMeetings: (year: number) => `No meetings in the calendar for ${year}.`,
    notStarted: 'not started',
    status: { planned: 'planned', 'agenda-published': 'agenda sent', held: 'held', closed: 'closed' },
    items: (n: number) => (n === 1 ? '1 item' : `${n} items`),
    noItems: 'no items',
    kind: KIND_NAMES.en,
    subject: { guideline: 'guideline', commission: 'commission', survey: 'survey', plan: 'plan', other: 'other' },
    decision: 'decision',
  },
} as const;

/** "meeting/SRO/2027-03-04" as the minutes write it: "SRO 2027-03-04". */
function meetingName(workflowId: string): string {
  const ref = parseWorkflowId(workflowId);
  return ref?.kind === 'meeting' ? `${ref.body} ${ref.date}` : workflowId;
}

/** How a decision reads in the wheel and on the agenda. */
export function formatDecision(d: DecisionSummary, language: Language): string {
  const sv = language === 'sv';
  switch (d.outcome) {
    case 'endorse':
      // VVG's endorsement of an item SRO decides only sends it on.
      if (d.effects?.placedOn)
        return sv
          ? `ställer sig bakom, vidare till ${meetingName(d.effects.placedOn)}`
          : `endorsed, on to ${meetingName(d.effects.placedOn)}`;
      if (d.action === 'adopt')
        return sv ? `antas, gäller ${d.validFrom} till ${d.validUntil}` : `adopted, valid ${d.validFrom} to ${d.validUntil}`;
      if (d.action === 'extend') return sv ? `förlängs till ${d.validUntil}` : `extended until ${d.validUntil}`;
      return sv ? 'godkänns' : 'approved';
    case 'note':
      return sv ? 'noteras' : 'noted';
    case 'send-back':
      return sv ? `återkommer ${d.toMeeting}` : `returns on ${d.toMeeting}`;
    case 'recommend-principals':
      return sv ? `rekommenderas huvudmännen, beslut senast ${d.decideBy}` : `recommended to the principals, decide by ${d.decideBy}`;
  }
}

/** An item as the wheel and the agenda list it: kind, length, title, subject, presenter. */
export function itemLine(i: WheelItem, language: Language): string {
  const w = WORDS[language];
  const subject = i.subject ? ` (${w.subject[i.subject.type]} ${i.subject.id})` : '';
  return `${w.kind[i.kind]}, ${i.minutes} min: ${i.title}${subject}, ${i.presenter.name}`;
}

function monthHeading(date: IsoDate, language: Language): string {
  const month = DateTime.fromISO(date, { zone: TIME_ZONE })
    .setLocale(language === 'sv' ? 'sv-SE' : 'en-GB')
    .toFormat('LLLL yyyy');
  return month.charAt(0).toUpperCase() + month.slice(1);
}

/** The wheel as text, month by month. */
export function formatWheel(wheel: AnnualWheel, language: Language = 'sv'): string {
  const w = WORDS[language];
  const lines = [`${w.heading} ${wheel.year}`];
  if (wheel.meetings.length === 0) return [...lines, w.noMeetings(wheel.year)].join('\n');
  let month = '';
  for (const m of wheel.meetings) {
    if (m.date.slice(0, 7) !== month) {
      month = m.date.slice(0, 7);
      lines.push('', monthHeading(m.date, language));
    }
    const planned = m.items.length ? `${w.items(m.items.length)}, ${m.minutes} min` : w.noItems;
    lines.push(`  ${m.date} ${m.body}: ${m.started ? `${w.status[m.status]}, ${planned}` : w.notStarted}`);
    for (const i of m.items) {
      lines.push(`    ${itemLine(i, language)}`);
      if (i.decision) lines.push(`      ${w.decision}: ${formatDecision(i.decision, language)}`);
    }
  }
  return lines.join('\n');
}
