import { formatDecision, itemLine, WheelItem } from '../../domain/meeting/annualWheel';
import type { MeetingView, RecordedDecision } from '../../workflows/meeting/api';
import type { PrincipalReceipt, PrincipalView } from '../../workflows/meeting/principalsApi';
import { printable } from './output';

/** An item with the text its presenter gave made printable, for the domain's line of it. */
const printableItem = <I extends WheelItem>(i: I): I => ({
  ...i,
  title: printable(i.title),
  subject: i.subject && { ...i.subject, id: printable(i.subject.id) },
  presenter: { ...i.presenter, name: printable(i.presenter.name) },
});

export function describeAgenda(view: MeetingView): string {
  const s = view.schedule;
  return [
    `${view.body} ${view.date}: ${view.status} (${view.meetingId})`,
    `  documents due ${s.documentDeadline}, agenda ${view.agendaPublished ? 'sent' : 'goes out'} ${s.agendaPublishedOn}`,
    ...(view.items.length === 0 ? ['  no items'] : []),
    ...view.items.flatMap((i) => [
      `  ${i.itemId}: ${itemLine(printableItem(i), 'en')}`,
      ...(i.origin ? [`    ${i.origin.reason} from ${printable(i.origin.meetingId)}`] : []),
      ...(view.documentsMissing.includes(i.itemId) ? ['    documents missing'] : []),
      ...i.documents.map((d) => `    document: ${printable(d.title)} <${printable(d.link)}>`),
      ...(i.decision ? [`    decision: ${formatDecision(i.decision, 'en')}`] : []),
    ]),
  ].join('\n');
}

export function describeDecision(d: RecordedDecision): string {
  const e = d.effects;
  return [
    `${d.decisionRef}: ${formatDecision(d, 'en')}`,
    ...(e.guidelineWorkflowId ? [`  guideline: ${e.guidelineWorkflowId}`] : []),
    ...(e.placedOn ? [`  placed on: ${e.placedOn}`] : []),
    ...(e.trackingWorkflowId ? [`  principals' decisions tracked in: ${e.trackingWorkflowId}`] : []),
  ].join('\n');
}

export function describeTracking(view: PrincipalView): string {
  const p = view.progress;
  return [
    `${view.meetingId} ${view.itemId}: ${printable(view.title)}`,
    `  status ${view.status}, decide by ${view.decideBy}`,
    `  decided ${p.decided} of ${p.total}: ${p.adopted} adopted, ${p.declined} declined`,
    ...view.upcomingReminders.map((r) => `  reminder ${r.date}`),
    ...(p.notDecided.length ? ['  not decided:', ...p.notDecided.map((o) => `    ${printable(o.organisationName)}`)] : []),
  ].join('\n');
}

export const describePrincipalReceipt = (r: PrincipalReceipt) =>
  `recorded ${printable(r.organisationId)}; ${r.decided} of ${r.total} principals have decided`;

export const describePlan = (ids: string[]) => [`planned ${ids.length} meetings:`, ...ids.map((id) => `  ${id}`)].join('\n');
