import type { IsoDate } from '../calendar/dates';
import { AUTOMATIC, assembleLegacy, formatDate, Language, RenderedMail } from '../mail/letter';
import type { ItemKind } from './meeting';

/** Messages of meetings and of the principals' decisions; rendered by `renderMail`. */
export type MeetingMailSpec =
  | {
      template: 'document-reminder';
      meeting: MeetingRef;
      documentDeadline: IsoDate;
      itemTitles: string[];
      secretaryName: string;
      secretaryEmail: string;
    }
  | {
      template: 'agenda-published';
      meeting: MeetingRef;
      startsAt: string;
      items: Array<{
        title: string;
        kind: ItemKind;
        minutes: number;
        presenterName: string;
        documents: Array<{ title: string; link: string }>;
      }>;
    }
  | {
      template: 'documents-missing';
      meeting: MeetingRef;
      documentDeadline: IsoDate;
      items: Array<{ title: string; presenterName: string; presenterEmail: string }>;
    }
  | {
      template: 'principal-reminder';
      meeting: MeetingRef;
      title: string;
      decideBy: IsoDate;
      organisationName: string;
      secretaryName: string;
      secretaryEmail: string;
    }
  | {
      template: 'principal-summary';
      meeting: MeetingRef;
      title: string;
      decideBy: IsoDate;
      total: number;
      adopted: number;
      declined: number;
      notDecided: string[];
    };

export interface MeetingRef {
  body: string;
  date: IsoDate;
}

/** How the minutes mark an item's kind. */
export const KIND_NAMES: Record<'sv' | 'en', Record<ItemKind, string>> = {
  sv: { decision: 'Ställningstagande', dialogue: 'Dialog', information: 'Information' },
  en: { decision: 'Decision', dialogue: 'Dialogue', information: 'Information' },
};

export function renderMeetingMail(spec: MeetingMailSpec, recipientName: string, language: Language): RenderedMail {
  const sv = language === 'sv';
  switch (spec.template) {
    case 'document-reminder': {
      const deadline = formatDate(spec.documentDeadline, language);
      const meeting = `${spec.meeting.body} ${formatDate(spec.meeting.date, language)}`;
      const items = spec.itemTitles.map((t) => `– ${t}`).join('\n');
      return assembleLegacy(
        sv ? `Handlingar saknas till ${meeting}: senast ${deadline}` : `Documents missing for ${meeting}: due ${deadline}`,
        sv
          ? [
              `Hej ${recipientName},`,
              `Du är föredragande på ${meeting}. Handlingarna till följande ärenden har inte kommit in:\n${items}`,
              `Skicka dem till ${spec.secretaryName} <${spec.secretaryEmail}> senast ${deadline}, så att ledamöterna hinner förankra ärendet före mötet.`,
              AUTOMATIC.sv,
            ]
          : [
              `Hello ${recipientName},`,
              `You present at ${meeting}. The documents for these items have not come in:\n${items}`,
              `Send them to ${spec.secretaryName} <${spec.secretaryEmail}> by ${deadline}, so that members have time to prepare before the meeting.`,
              AUTOMATIC.en,
            ],
        {
          date: spec.documentDeadline,
          title: sv ? `Sista dag för handlingar till ${meeting}` : `Last day for documents for ${meeting}`,
          description: spec.itemTitles.join('; '),
        },
      );
    }
    case 'agenda-published': {
      const meeting = `${spec.meeting.body} ${formatDate(spec.meeting.date, language)}`;
      const items = spec.items.map((item, i) => {
        const documents = item.documents.map((d) => `${d.title} ${d.link}`).join(', ');
        const missing = sv ? 'Handlingar saknas ännu.' : 'Documents still missing.';
        return `${i + 1}. ${item.title}. ${KIND_NAMES[language][item.kind]} (${item.minutes} min), ${sv ? 'föredragande' : 'presented by'} ${item.presenterName}. ${documents || missing}`;
      });
      return assembleLegacy(
        sv ? `Dagordning: ${meeting}` : `Agenda: ${meeting}`,
        [
          sv ? `Hej ${recipientName},` : `Hello ${recipientName},`,
          sv
            ? `Här är dagordningen till ${meeting} kl. ${spec.startsAt}, med handlingar:`
            : `Here is the agenda for ${meeting} at ${spec.startsAt}, with documents:`,
          ...(items.length ? items : [sv ? 'Inga ärenden är anmälda.' : 'No items have been put forward.']),
          AUTOMATIC[language],
        ],
        { date: spec.meeting.date, title: meeting, description: spec.items.map((i) => i.title).join('; ') },
      );
    }
    case 'documents-missing': {
      const meeting = `${spec.meeting.body} ${formatDate(spec.meeting.date, language)}`;
      const items = spec.items.map((i) => `– ${i.title}: ${i.presenterName} <${i.presenterEmail}>`).join('\n');
      return assembleLegacy(
        spec.items.length === 1
          ? sv
            ? `1 ärende saknar handlingar: ${meeting}`
            : `1 item lacks documents: ${meeting}`
          : sv
            ? `${spec.items.length} ärenden saknar handlingar: ${meeting}`
            : `${spec.items.length} items lack documents: ${meeting}`,
        sv
          ? [
              `Hej ${recipientName},`,
              `Sista dag för handlingar till ${meeting} var ${formatDate(spec.documentDeadline, language)}. Dessa ärenden saknar fortfarande handlingar:\n${items}`,
              AUTOMATIC.sv,
            ]
          : [
              `Hello ${recipientName},`,
              `The last day for documents for ${meeting} was ${formatDate(spec.documentDeadline, language)}. These items still lack documents:\n${items}`,
              AUTOMATIC.en,
            ],
      );
    }
    case 'principal-reminder': {
      const decideBy = formatDate(spec.decideBy, language);
      const meeting = `${spec.meeting.body} ${formatDate(spec.meeting.date, language)}`;
      return assembleLegacy(
        sv ? `Påminnelse: ert ställningstagande till ${spec.title}` : `Reminder: your decision on ${spec.title}`,
        sv
          ? [
              `Hej ${recipientName},`,
              `${meeting} rekommenderade huvudmännen att ställa sig bakom ${spec.title}, med beslut senast ${decideBy}. Vi har ännu inte fått beslutet från ${spec.organisationName}.`,
              `Meddela beslutet och dess diarienummer eller paragraf till ${spec.secretaryName} <${spec.secretaryEmail}>.`,
              AUTOMATIC.sv,
            ]
          : [
              `Hello ${recipientName},`,
              `${meeting} recommended the principals to adopt ${spec.title}, deciding by ${decideBy}. We have not yet had the decision of ${spec.organisationName}.`,
              `Send the decision and its reference to ${spec.secretaryName} <${spec.secretaryEmail}>.`,
              AUTOMATIC.en,
            ],
      );
    }
    case 'principal-summary': {
      const decideBy = formatDate(spec.decideBy, language);
      const missing = spec.notDecided.length ? spec.notDecided.join(', ') : sv ? 'inga' : 'none';
      return assembleLegacy(
        sv
          ? `Huvudmännens beslut om ${spec.title}: ${spec.adopted + spec.declined} av ${spec.total}`
          : `Principals' decisions on ${spec.title}: ${spec.adopted + spec.declined} of ${spec.total}`,
        sv
          ? [
              `Hej ${recipientName},`,
              `Sista dag för huvudmännens beslut om ${spec.title} var ${decideBy}. ${spec.adopted} har ställt sig bakom, ${spec.declined} har avstått.`,
              `Inte beslutat: ${missing}.`,
              AUTOMATIC.sv,
            ]
          : [
              `Hello ${recipientName},`,
              `The last day for the principals' decisions on ${spec.title} was ${decideBy}. ${spec.adopted} adopted it, ${spec.declined} declined.`,
              `Not decided: ${missing}.`,
              AUTOMATIC.en,
            ],
      );
    }
  }
}
