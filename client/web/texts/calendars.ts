import type { ResponsibleBodyId } from '../../../domain/ids';
import { inBothLanguages } from '../language';

/** The words that offer a calendar to subscribe to. */
export const calendarTexts = inBothLanguages(
  {
    subscribeToBody: (body: ResponsibleBodyId) => `Prenumerera på ${body}:s sammanträden i din kalender`,
    subscribeHint:
      'Varje organs sammanträden finns också som kalender: lägg till länkens adress som en kalender från internet i Outlook eller en annan kalenderapp, så följer ändringar med.',
  },
  {
    subscribeToBody: (body: ResponsibleBodyId) => `Subscribe to ${body}'s meetings in your calendar`,
    subscribeHint:
      "Each body's meetings are also a calendar: add the link's address as an internet calendar in Outlook or another calendar app, and changes follow.",
  },
);
