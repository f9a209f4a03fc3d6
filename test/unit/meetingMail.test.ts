import type { Language } from '../../domain/mail/letter';
import { MailSpec, renderMail } from '../../domain/mail/mailSpec';

type Spec<T extends MailSpec['template']> = Extract<MailSpec, { template: T }>;

const AUTOMATIC_SV = 'Detta meddelande skickades automatiskt av riktlinjernas ärendeflöde.';
const AUTOMATIC_EN = 'This message was sent automatically by the guideline workflow.';

const documentDeadlineEvent = { uid: 'meeting/VVG/2020-02-10/document-deadline@guideline-engine', sequence: 0 };
const meetingEvent = { uid: 'meeting/SRO/2020-04-17/meeting@guideline-engine', sequence: 0 };
const documentReminder = (overrides: Partial<Spec<'document-reminder'>> = {}): MailSpec => ({
  template: 'document-reminder',
  meeting: { body: 'VVG', date: '2020-02-10' },
  documentDeadline: '2020-01-20',
  itemTitles: ['Riktlinje för samtycke', 'Handlingsplan för psykisk hälsa'],
  secretaryName: 'VVG:s sekreterare',
  secretaryEmail: 'vvg-sekreterare@example.se',
  calendar: documentDeadlineEvent,
  ...overrides,
});

const agenda = (overrides: Partial<Spec<'agenda-published'>> = {}): MailSpec => ({
  template: 'agenda-published',
  meeting: { body: 'SRO', date: '2020-04-17' },
  startsAt: '13:00',
  calendar: meetingEvent,
  items: [
    {
      title: 'Riktlinje för samtycke',
      kind: 'decision',
      minutes: 20,
      presenterName: 'Anna Andersson',
      documents: [
        { title: 'Riktlinje', link: 'https://samverkan.example/samtycke.pdf' },
        { title: 'Remissammanställning', link: 'https://samverkan.example/remiss.pdf' },
      ],
    },
    { title: 'Läget i vården', kind: 'information', minutes: 10, presenterName: 'Bo Berg', documents: [] },
    {
      title: 'Handlingsplan',
      kind: 'dialogue',
      minutes: 30,
      presenterName: 'Cecilia Ek',
      documents: [{ title: 'Underlag', link: 'https://samverkan.example/plan.pdf' }],
    },
  ],
  ...overrides,
});

const documentsMissing = (overrides: Partial<Spec<'documents-missing'>> = {}): MailSpec => ({
  template: 'documents-missing',
  meeting: { body: 'VVG', date: '2020-05-27' },
  documentDeadline: '2020-05-05',
  items: [
    { title: 'Riktlinje för samtycke', presenterName: 'Anna Andersson', presenterEmail: 'anna.andersson@vgregion.example' },
    { title: 'Handlingsplan', presenterName: 'Bo Berg', presenterEmail: 'bo.berg@vastkom.example' },
  ],
  ...overrides,
});

const principalReminder = (overrides: Partial<Spec<'principal-reminder'>> = {}): MailSpec => ({
  template: 'principal-reminder',
  meeting: { body: 'SRO', date: '2020-04-17' },
  title: 'Riktlinje för samtycke',
  decideBy: '2020-09-30',
  organisationName: 'Ale',
  secretaryName: 'SRO:s sekreterare',
  secretaryEmail: 'sro-sekreterare@example.se',
  ...overrides,
});

const principalSummary = (overrides: Partial<Spec<'principal-summary'>> = {}): MailSpec => ({
  template: 'principal-summary',
  meeting: { body: 'SRO', date: '2020-04-17' },
  title: 'Riktlinje för samtycke',
  decideBy: '2020-09-30',
  total: 50,
  adopted: 45,
  declined: 2,
  notDecided: ['Borås', 'Lerum', 'Ale'],
  ...overrides,
});

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

describe('renderMail: meetings and principals, in full', () => {
  test.each<[string, Language, MailSpec, string, string, string[]]>([
    [
      'document reminder',
      'sv',
      documentReminder(),
      'Anna Andersson',
      'Handlingar saknas till VVG 10 februari 2020: senast 20 januari 2020',
      [
        'Hej Anna Andersson,',
        'Du är föredragande på VVG 10 februari 2020. Handlingarna till följande ärenden har inte kommit in:\n– Riktlinje för samtycke\n– Handlingsplan för psykisk hälsa',
        'Skicka dem till VVG:s sekreterare <vvg-sekreterare@example.se> senast 20 januari 2020, så att ledamöterna hinner förankra ärendet före mötet.',
        AUTOMATIC_SV,
      ],
    ],
    [
      'document reminder',
      'en',
      documentReminder(),
      'Anna Andersson',
      'Documents missing for VVG 10 February 2020: due 20 January 2020',
      [
        'Hello Anna Andersson,',
        'You present at VVG 10 February 2020. The documents for these items have not come in:\n– Riktlinje för samtycke\n– Handlingsplan för psykisk hälsa',
        'Send them to VVG:s sekreterare <vvg-sekreterare@example.se> by 20 January 2020, so that members have time to prepare before the meeting.',
        AUTOMATIC_EN,
      ],
    ],
    [
      'agenda',
      'sv',
      agenda(),
      'SRO-ledamot simba',
      'Dagordning: SRO 17 april 2020',
      [
        'Hej SRO-ledamot simba,',
        'Här är dagordningen till SRO 17 april 2020 kl. 13:00, med handlingar:',
        '1. Riktlinje för samtycke. Ställningstagande (20 min), föredragande Anna Andersson. Riktlinje https://samverkan.example/samtycke.pdf, Remissammanställning https://samverkan.example/remiss.pdf',
        '2. Läget i vården. Information (10 min), föredragande Bo Berg. Handlingar saknas ännu.',
        '3. Handlingsplan. Dialog (30 min), föredragande Cecilia Ek. Underlag https://samverkan.example/plan.pdf',
        AUTOMATIC_SV,
      ],
    ],
    [
      'agenda',
      'en',
      agenda(),
      'SRO-ledamot simba',
      'Agenda: SRO 17 April 2020',
      [
        'Hello SRO-ledamot simba,',
        'Here is the agenda for SRO 17 April 2020 at 13:00, with documents:',
        '1. Riktlinje för samtycke. Decision (20 min), presented by Anna Andersson. Riktlinje https://samverkan.example/samtycke.pdf, Remissammanställning https://samverkan.example/remiss.pdf',
        '2. Läget i vården. Information (10 min), presented by Bo Berg. Documents still missing.',
        '3. Handlingsplan. Dialogue (30 min), presented by Cecilia Ek. Underlag https://samverkan.example/plan.pdf',
        AUTOMATIC_EN,
      ],
    ],
    [
      'empty agenda',
      'sv',
      agenda({ meeting: { body: 'VVG', date: '2020-12-11' }, startsAt: '09:00', items: [] }),
      'VVG-ledamot samla',
      'Dagordning: VVG 11 december 2020',
      [
        'Hej VVG-ledamot samla,',
        'Här är dagordningen till VVG 11 december 2020 kl. 09:00, med handlingar:',
        'Inga ärenden är anmälda.',
        AUTOMATIC_SV,
      ],
    ],
    [
      'empty agenda',
      'en',
      agenda({ meeting: { body: 'VVG', date: '2020-12-11' }, startsAt: '09:00', items: [] }),
      'VVG-ledamot samla',
      'Agenda: VVG 11 December 2020',
      [
        'Hello VVG-ledamot samla,',
        'Here is the agenda for VVG 11 December 2020 at 09:00, with documents:',
        'No items have been put forward.',
        AUTOMATIC_EN,
      ],
    ],
    [
      'documents missing',
      'sv',
      documentsMissing(),
      'VVG:s sekreterare',
      '2 ärenden saknar handlingar: VVG 27 maj 2020',
      [
        'Hej VVG:s sekreterare,',
        'Sista dag för handlingar till VVG 27 maj 2020 var 5 maj 2020. Dessa ärenden saknar fortfarande handlingar:\n– Riktlinje för samtycke: Anna Andersson <anna.andersson@vgregion.example>\n– Handlingsplan: Bo Berg <bo.berg@vastkom.example>',
        AUTOMATIC_SV,
      ],
    ],
    [
      'documents missing',
      'en',
      documentsMissing(),
      'VVG:s sekreterare',
      '2 items lack documents: VVG 27 May 2020',
      [
        'Hello VVG:s sekreterare,',
        'The last day for documents for VVG 27 May 2020 was 5 May 2020. These items still lack documents:\n– Riktlinje för samtycke: Anna Andersson <anna.andersson@vgregion.example>\n– Handlingsplan: Bo Berg <bo.berg@vastkom.example>',
        AUTOMATIC_EN,
      ],
    ],
    [
      'principal reminder',
      'sv',
      principalReminder(),
      'Vårdsamverkan Ale',
      'Påminnelse: ert ställningstagande till Riktlinje för samtycke',
      [
        'Hej Vårdsamverkan Ale,',
        'SRO 17 april 2020 rekommenderade huvudmännen att ställa sig bakom Riktlinje för samtycke, med beslut senast 30 september 2020. Vi har ännu inte fått beslutet från Ale.',
        'Meddela beslutet och dess diarienummer eller paragraf till SRO:s sekreterare <sro-sekreterare@example.se>.',
        AUTOMATIC_SV,
      ],
    ],
    [
      'principal reminder',
      'en',
      principalReminder(),
      'Vårdsamverkan Ale',
      'Reminder: your decision on Riktlinje för samtycke',
      [
        'Hello Vårdsamverkan Ale,',
        'SRO 17 April 2020 recommended the principals to adopt Riktlinje för samtycke, deciding by 30 September 2020. We have not yet had the decision of Ale.',
        'Send the decision and its reference to SRO:s sekreterare <sro-sekreterare@example.se>.',
        AUTOMATIC_EN,
      ],
    ],
    [
      'principal summary',
      'sv',
      principalSummary(),
      'SRO:s sekreterare',
      'Huvudmännens beslut om Riktlinje för samtycke: 47 av 50',
      [
        'Hej SRO:s sekreterare,',
        'Sista dag för huvudmännens beslut om Riktlinje för samtycke var 30 september 2020. 45 har ställt sig bakom, 2 har avstått.',
        'Inte beslutat: Borås, Lerum, Ale.',
        AUTOMATIC_SV,
      ],
    ],
    [
      'principal summary',
      'en',
      principalSummary(),
      'SRO:s sekreterare',
      "Principals' decisions on Riktlinje för samtycke: 47 of 50",
      [
        'Hello SRO:s sekreterare,',
        "The last day for the principals' decisions on Riktlinje för samtycke was 30 September 2020. 45 adopted it, 2 declined.",
        'Not decided: Borås, Lerum, Ale.',
        AUTOMATIC_EN,
      ],
    ],
  ])('%s in %s', (_label, language, spec, name, subject, paragraphs) => {
    const message = renderMail(spec, name, language);
    expect(message.subject).toBe(subject);
    expect(message.text).toBe(paragraphs.join('\n\n') + '\n');
    expect(message.html).toBe(`<!doctype html><html><body>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}</body></html>`);
  });
});

describe('renderMail: calendar events of meetings', () => {
  test.each<[string, Language, { date: string; title: string; description: string } | undefined, MailSpec]>([
    [
      'a document reminder, on the document deadline',
      'sv',
      {
        date: '2020-01-20',
        title: 'Sista dag för handlingar till VVG 10 februari 2020',
        description: 'Riktlinje för samtycke; Handlingsplan för psykisk hälsa',
      },
      documentReminder(),
    ],
    [
      'a document reminder, on the document deadline',
      'en',
      {
        date: '2020-01-20',
        title: 'Last day for documents for VVG 10 February 2020',
        description: 'Riktlinje för samtycke; Handlingsplan för psykisk hälsa',
      },
      documentReminder(),
    ],
    [
      'the agenda, on the meeting day',
      'sv',
      { date: '2020-04-17', title: 'SRO 17 april 2020', description: 'Riktlinje för samtycke; Läget i vården; Handlingsplan' },
      agenda(),
    ],
    [
      'the agenda, on the meeting day',
      'en',
      { date: '2020-04-17', title: 'SRO 17 April 2020', description: 'Riktlinje för samtycke; Läget i vården; Handlingsplan' },
      agenda(),
    ],
    [
      'an empty agenda, on the meeting day',
      'sv',
      { date: '2020-04-17', title: 'SRO 17 april 2020', description: '' },
      agenda({ items: [] }),
    ],
    ['documents missing', 'sv', undefined, documentsMissing()],
    ['documents missing', 'en', undefined, documentsMissing()],
    ['a principal reminder', 'sv', undefined, principalReminder()],
    ['a principal reminder', 'en', undefined, principalReminder()],
    ['a principal summary', 'sv', undefined, principalSummary()],
    ['a principal summary', 'en', undefined, principalSummary()],
  ])('%s, in %s', (_label, language, event, spec) => {
    const calendar = spec.template === 'agenda-published' ? meetingEvent : documentDeadlineEvent;
    expect(renderMail(spec, 'Anna', language).calendarEvent).toEqual(event && { ...calendar, ...event });
  });
});

describe('renderMail: meeting facts', () => {
  const threeMissingItems = [
    { title: 'Riktlinje för samtycke', presenterName: 'Anna Andersson', presenterEmail: 'anna.andersson@vgregion.example' },
    { title: 'Handlingsplan', presenterName: 'Bo Berg', presenterEmail: 'bo.berg@vastkom.example' },
    { title: 'Kartläggning', presenterName: 'Cecilia Ek', presenterEmail: 'cecilia.ek@vgregion.example' },
  ];
  const threeMissing = documentsMissing({ items: threeMissingItems });

  test.each<[string, Language, string, MailSpec]>([
    // Dates over the turn of the year, at Midsummer and in 2023.
    [
      'a deadline before Christmas',
      'sv',
      'Handlingar saknas till VVG 20 januari 2021: senast 23 december 2020',
      documentReminder({ meeting: { body: 'VVG', date: '2021-01-20' }, documentDeadline: '2020-12-23' }),
    ],
    [
      'a deadline before Christmas',
      'en',
      'Documents missing for VVG 20 January 2021: due 23 December 2020',
      documentReminder({ meeting: { body: 'VVG', date: '2021-01-20' }, documentDeadline: '2020-12-23' }),
    ],
    [
      'a meeting after Midsummer',
      'sv',
      'Handlingar saknas till SRO 26 juni 2031: senast 3 juni 2031',
      documentReminder({ meeting: { body: 'SRO', date: '2031-06-26' }, documentDeadline: '2031-06-03' }),
    ],
    [
      'VVG 2023-12-15',
      'sv',
      'Dagordning: VVG 15 december 2023',
      agenda({ meeting: { body: 'VVG', date: '2023-12-15' }, startsAt: '09:00' }),
    ],
    ['VVG 2023-12-15', 'en', 'Agenda: VVG 15 December 2023', agenda({ meeting: { body: 'VVG', date: '2023-12-15' }, startsAt: '09:00' })],
    ['three missing items', 'sv', '3 ärenden saknar handlingar: VVG 27 maj 2020', threeMissing],
    ['three missing items', 'en', '3 items lack documents: VVG 27 May 2020', threeMissing],
    ['one missing item', 'sv', '1 ärende saknar handlingar: VVG 27 maj 2020', documentsMissing({ items: [threeMissingItems[0]] })],
    ['one missing item', 'en', '1 item lacks documents: VVG 27 May 2020', documentsMissing({ items: [threeMissingItems[0]] })],
    [
      'a summary with everyone decided',
      'sv',
      'Huvudmännens beslut om Riktlinje för samtycke: 50 av 50',
      principalSummary({ adopted: 48, declined: 2, notDecided: [] }),
    ],
    [
      'a summary with nobody decided',
      'en',
      "Principals' decisions on Riktlinje för samtycke: 0 of 50",
      principalSummary({ adopted: 0, declined: 0 }),
    ],
  ])('%s in %s: the subject is %p', (_label, language, subject, spec) => {
    expect(renderMail(spec, 'Anna', language).subject).toBe(subject);
  });

  test.each<[string, Language, string, MailSpec]>([
    [
      'a single item',
      'sv',
      'har inte kommit in:\n– Riktlinje för samtycke\n\nSkicka dem',
      documentReminder({ itemTitles: ['Riktlinje för samtycke'] }),
    ],
    [
      'a single item',
      'en',
      'have not come in:\n– Riktlinje för samtycke\n\nSend them',
      documentReminder({ itemTitles: ['Riktlinje för samtycke'] }),
    ],
    [
      'an agenda item of eight hours',
      'sv',
      '1. Heldag. Dialog (480 min), föredragande Bo Berg. Handlingar saknas ännu.',
      agenda({ items: [{ title: 'Heldag', kind: 'dialogue', minutes: 480, presenterName: 'Bo Berg', documents: [] }] }),
    ],
    ['an agenda in the morning', 'sv', 'SRO 17 april 2020 kl. 08:30, med handlingar:', agenda({ startsAt: '08:30' })],
    ['an agenda in the morning', 'en', 'SRO 17 April 2020 at 08:30, with documents:', agenda({ startsAt: '08:30' })],
    [
      'every missing presenter listed',
      'sv',
      'saknar fortfarande handlingar:\n– A: Bo Berg <bo@x.example>\n– B: Bo Berg <bo@x.example>\n\n',
      documentsMissing({
        items: [
          { title: 'A', presenterName: 'Bo Berg', presenterEmail: 'bo@x.example' },
          { title: 'B', presenterName: 'Bo Berg', presenterEmail: 'bo@x.example' },
        ],
      }),
    ],
    [
      'a region that has not decided',
      'sv',
      'Vi har ännu inte fått beslutet från Västra Götalandsregionen.',
      principalReminder({ organisationName: 'Västra Götalandsregionen' }),
    ],
    [
      'a region that has not decided',
      'en',
      'We have not yet had the decision of Västra Götalandsregionen.',
      principalReminder({ organisationName: 'Västra Götalandsregionen' }),
    ],
    ['a principal reminder to Lerum', 'sv', 'Vi har ännu inte fått beslutet från Lerum.', principalReminder({ organisationName: 'Lerum' })],
    [
      'a principal reminder to Borås, whose name ends in s',
      'sv',
      'Vi har ännu inte fått beslutet från Borås.',
      principalReminder({ organisationName: 'Borås' }),
    ],
    ['a later date to decide by', 'sv', 'med beslut senast 29 januari 2021.', principalReminder({ decideBy: '2021-01-29' })],
    ['a later date to decide by', 'en', 'deciding by 29 January 2021.', principalReminder({ decideBy: '2021-01-29' })],
    ['a summary with everyone decided', 'sv', 'Inte beslutat: inga.', principalSummary({ adopted: 48, declined: 2, notDecided: [] })],
    ['a summary with everyone decided', 'en', 'Not decided: none.', principalSummary({ adopted: 48, declined: 2, notDecided: [] })],
    [
      'a summary with one not decided',
      'sv',
      '49 har ställt sig bakom, 0 har avstått.\n\nInte beslutat: Åmål.',
      principalSummary({ adopted: 49, declined: 0, notDecided: ['Åmål'] }),
    ],
  ])('%s in %s says %p', (_label, language, phrase, spec) => {
    expect(renderMail(spec, 'Anna', language).text).toContain(phrase);
  });

  test.each<[string, Language, MailSpec]>([
    ['document reminder', 'sv', documentReminder({ itemTitles: [`<b>"Rutin" & 'samtycke'</b>`] })],
    [
      'agenda',
      'en',
      agenda({ items: [{ title: `<b>"Rutin" & 'samtycke'</b>`, kind: 'decision', minutes: 5, presenterName: 'Bo', documents: [] }] }),
    ],
    [
      'documents missing',
      'sv',
      documentsMissing({ items: [{ title: `<b>"Rutin" & 'samtycke'</b>`, presenterName: 'Bo', presenterEmail: 'bo@x.example' }] }),
    ],
    ['principal reminder', 'en', principalReminder({ title: `<b>"Rutin" & 'samtycke'</b>` })],
    ['principal summary', 'sv', principalSummary({ title: `<b>"Rutin" & 'samtycke'</b>` })],
  ])('%s escapes what it is given in HTML and nowhere else, in %s', (_label, language, spec) => {
    const message = renderMail(spec, 'Anna', language);
    expect(message.html).toContain('&lt;b&gt;&quot;Rutin&quot; &amp; &#39;samtycke&#39;&lt;/b&gt;');
    expect(message.html).not.toMatch(/<b>/);
    expect(message.text).toContain(`<b>"Rutin" & 'samtycke'</b>`);
  });
});
