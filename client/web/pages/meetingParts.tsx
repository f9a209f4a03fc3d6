import type { IsoDate } from '../../../domain/calendar/dates';
import { parseWorkflowId, ResponsibleBodyId } from '../../../domain/ids';
import type { ItemSubject, MeetingSchedule, MeetingStatus } from '../../../domain/meeting/meeting';
import type { MeetingView, RecordedDecision } from '../../../workflows/meeting/api';
import { DateText } from '../components';
import type { Language } from '../language';
import { pageOfWorkflow, pages } from '../links';
import { meetingTexts } from '../texts/meetings';

/** A meeting as its pages show it: from the read model once its workflow runs, else from the calendar alone. */
export interface MeetingModel {
  body: ResponsibleBodyId;
  bodyName: string;
  date: IsoDate;
  /** Whether its workflow has been started: a calendar meeting nobody has planned anything on has none. */
  started: boolean;
  /** Its status at this moment: held from its start, whether or not its workflow has marked it yet. */
  status: MeetingStatus;
  schedule: MeetingSchedule;
  items: MeetingView['items'];
  documentsMissing: string[];
  agendaPublished: boolean;
}

export type AgendaItemModel = MeetingModel['items'][number];

/** "VVG 12 februari 2027", a link to that meeting. */
export function MeetingLink({ body, date, language }: { body: ResponsibleBodyId; date: IsoDate; language: Language }) {
  return (
    <a href={pages.meeting(body, date)}>
      {body} <DateText date={date} language={language} />
    </a>
  );
}

/** The meeting a workflow ID names, as a link; the ID itself for one that is not a meeting. */
function MeetingOf({ workflowId, language }: { workflowId: string; language: Language }) {
  const ref = parseWorkflowId(workflowId);
  return ref?.kind === 'meeting' ? <MeetingLink body={ref.body} date={ref.date} language={language} /> : <>{workflowId}</>;
}

/** The page of what an item is about, where the engine has one. */
function subjectPage(subject: ItemSubject): string | undefined {
  switch (subject.type) {
    case 'guideline':
      return pages.guideline(subject.id);
    case 'commission':
      return pages.commission(subject.id);
    case 'survey':
      return pageOfWorkflow(subject.id);
    case 'plan':
    case 'other':
      return undefined;
  }
}

/** "Riktlinje samtycke", linked to its page. */
export function SubjectText({ subject, language }: { subject: ItemSubject; language: Language }) {
  const t = meetingTexts[language];
  const href = subjectPage(subject);
  return (
    <>
      {t.subjectTypes[subject.type]} {href ? <a href={href}>{subject.id}</a> : subject.id}
    </>
  );
}

/** How a recorded decision reads on the agenda, with links to where it went. */
export function DecisionText({ decision, language }: { decision: RecordedDecision; language: Language }) {
  const t = meetingTexts[language];
  const date = (d?: string) => (d ? <DateText date={d} language={language} /> : null);
  const what = () => {
    switch (decision.outcome) {
      case 'endorse':
        // VVG's endorsement of an item SRO decides only sends it on.
        if (decision.effects.placedOn)
          return (
            <>
              {t.endorsedOnTo} <MeetingOf workflowId={decision.effects.placedOn} language={language} />
            </>
          );
        if (decision.action === 'adopt')
          return (
            <>
              {t.adopted} {date(decision.validFrom)} {t.dateRange} {date(decision.validUntil)}
            </>
          );
        if (decision.action === 'extend')
          return (
            <>
              {t.extended} {date(decision.validUntil)}
              {decision.version ? ` (${t.version.toLowerCase()} ${decision.version})` : ''}
            </>
          );
        return <>{t.approved}</>;
      case 'note':
        return <>{t.noted}</>;
      case 'send-back':
        return (
          <>
            {t.sentBackTo}{' '}
            {decision.effects.placedOn ? (
              <MeetingOf workflowId={decision.effects.placedOn} language={language} />
            ) : (
              date(decision.toMeeting)
            )}
            {decision.reason ? `: ${decision.reason}` : ''}
          </>
        );
      case 'recommend-principals': {
        const tracking = decision.effects.trackingWorkflowId && pageOfWorkflow(decision.effects.trackingWorkflowId);
        return (
          <>
            {t.recommended} {date(decision.decideBy)}
            {tracking && (
              <>
                {' '}
                (<a href={tracking}>{t.principalsLink}</a>)
              </>
            )}
          </>
        );
      }
    }
  };
  return (
    <>
      <span class="decision">{what()}</span>
      {decision.text && <span class="decision-text">{decision.text}</span>}
    </>
  );
}

/** The meeting a sent-back or forwarded item came from. */
export function OriginMeeting({ item, language }: { item: AgendaItemModel; language: Language }) {
  return item.origin ? <MeetingOf workflowId={item.origin.meetingId} language={language} /> : null;
}
