import { stockholmDate, TIME_ZONE } from '../../domain/calendar/dates';
import { formatDate } from '../../domain/mail/letter';
import type { Language } from './language';

const clock = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** An instant as the pages write it, in Stockholm time: "30 juni 2026 kl. 08:00" / "30 June 2026 at 08:00". */
export function InstantText({ at, language }: { at: string; language: Language }) {
  const ms = Date.parse(at);
  const date = formatDate(stockholmDate(ms), language);
  const time = clock.format(ms);
  return <time datetime={at}>{language === 'sv' ? `${date} kl. ${time}` : `${date} at ${time}`}</time>;
}
