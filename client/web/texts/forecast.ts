import type { SubjectKind } from '../../../domain/readModel';
import { inBothLanguages } from '../language';

/** The forecast: every mail the engine will send in the next twelve months. */
export const forecastTexts = inBothLanguages(
  {
    title: 'Kommande utskick',
    lead: 'Allt som skickas de närmaste tolv månaderna, beräknat med samma regler som utskicken själva. Ett utskick till flera mottagare står en gång per mottagare.',
    filters: 'Urval',
    organisation: 'Organisation',
    anyOrganisation: 'Alla organisationer',
    person: 'Person (e-postadress)',
    show: 'Visa',
    clearFilters: 'Visa alla',
    caption: (total: number) => `Kommande utskick (${total} st.)`,
    when: 'När',
    what: 'Vad',
    about: 'Gäller',
    to: 'Till',
    kinds: {
      guideline: 'Riktlinje',
      consultation: 'Remiss',
      meeting: 'Sammanträde',
      survey: 'Uppföljning',
      implementation: 'Införande',
      commission: 'Uppdrag',
      principals: 'Huvudmännens beslut',
    } as Record<SubjectKind, string>,
  },
  {
    title: 'Upcoming mail',
    lead: 'Everything to be sent in the next twelve months, computed by the same rules the mail itself follows. A mail to several recipients is listed once per recipient.',
    filters: 'Filter',
    organisation: 'Organisation',
    anyOrganisation: 'Any organisation',
    person: 'Person (e-mail address)',
    show: 'Show',
    clearFilters: 'Show all',
    caption: (total: number) => `Upcoming mail (${total})`,
    when: 'When',
    what: 'What',
    about: 'About',
    to: 'To',
    kinds: {
      guideline: 'Guideline',
      consultation: 'Consultation',
      meeting: 'Meeting',
      survey: 'Follow-up',
      implementation: 'Implementation',
      commission: 'Commission',
      principals: "Principals' decisions",
    },
  },
);
