import { formatDecision, formatWheel, itemLine } from '../domain/meeting/annualWheel';
import type { MeetingView, RecordedDecision } from '../workflows/meeting/api';
import type { PrincipalReceipt, PrincipalView } from '../workflows/meeting/principalsApi';
import type { MeetingCommand } from './meetingCommand';
import type { MeetingClient } from './meetings';

function describeAgenda(view: MeetingView): string {
  const s = view.schedule;
  return [
    `${view.body} ${view.date}: ${view.status} (${view.meetingId})`,
    `  documents due ${s.documentDeadline}, agenda ${view.agendaPublished ? 'sent' : 'goes out'} ${s.agendaPublishedOn}`,
    ...(view.items.length === 0 ? ['  no items'] : []),
    ...view.items.flatMap((i) => [
      `  ${i.itemId}: ${itemLine(i, 'en')}`,
      ...(i.origin ? [`    ${i.origin.reason} from ${i.origin.meetingId}`] : []),
      ...(view.documentsMissing.includes(i.itemId) ? ['    documents missing'] : []),
      ...i.documents.map((d) => `    document: ${d.title} <${d.link}>`),
      ...(i.decision ? [`    decision: ${formatDecision(i.decision, 'en')}`] : []),
    ]),
  ].join('\n');
}

function describeDecision(d: RecordedDecision): string {
  const e = d.effects;
  return [
    `${d.decisionRef}: ${formatDecision(d, 'en')}`,
    ...(e.guidelineWorkflowId ? [`  guideline: ${e.guidelineWorkflowId}`] : []),
    ...(e.placedOn ? [`  placed on: ${e.placedOn}`] : []),
    ...(e.trackingWorkflowId ? [`  principals' decisions tracked in: ${e.trackingWorkflowId}`] : []),
  ].join('\n');
}

function describeTracking(view: PrincipalView): string {
  const p = view.progress;
  return [
    `${view.meetingId} ${view.itemId}: ${view.title}`,
    `  status ${view.status}, decide by ${view.decideBy}`,
    `  decided ${p.decided} of ${p.total}: ${p.adopted} adopted, ${p.declined} declined`,
    ...view.upcomingReminders.map((r) => `  reminder ${r.date}`),
    ...(p.notDecided.length ? ['  not decided:', ...p.notDecided.map((o) => `    ${o.organisationName}`)] : []),
  ].join('\n');
}

const describeReceipt = (r: PrincipalReceipt) => `recorded ${r.organisationId}; ${r.decided} of ${r.total} principals have decided`;
const describePlan = (ids: string[]) => [`planned ${ids.length} meetings:`, ...ids.map((id) => `  ${id}`)].join('\n');

/** Runs a meeting command and returns what to print: the result as JSON with --json, else as text. */
export async function runMeetingCommand(command: MeetingCommand, meetings: MeetingClient): Promise<string> {
  const show = <T>(value: T, describe: (value: T) => string) => (command.json ? JSON.stringify(value, null, 2) : describe(value));
  switch (command.name) {
    case 'wheel':
      return show(await meetings.wheel(command.year), (w) => formatWheel(w, command.language));
    case 'principals': {
      const { body, date, itemId } = command;
      switch (command.action) {
        case 'record':
          return show(await meetings.recordPrincipalDecision(body, date, itemId, command.input), describeReceipt);
        case 'progress':
          return show(await meetings.principalProgress(body, date, itemId), describeTracking);
        case 'close':
          return show(await meetings.closeTracking(body, date, itemId, command.input), describeTracking);
      }
    }
    case 'meeting':
      switch (command.action) {
        case 'plan':
          return show(await meetings.plan(command.body, command.year), describePlan);
        case 'add-item':
          return show(await meetings.addItem(command.body, command.date, command.input), describeAgenda);
        case 'submit':
          return show(await meetings.submitDocuments(command.body, command.date, command.input), describeAgenda);
        case 'decide':
          return show(await meetings.decide(command.body, command.date, command.input), describeDecision);
        case 'agenda':
          return show(await meetings.agenda(command.body, command.date), describeAgenda);
      }
  }
}
