import { implementationPlanSchema, implementationRequestSchema } from '../../domain/followUp/implementation';
import { MailSpec, renderMail } from '../../domain/mail/mailSpec';
import { parseOrThrow, ValidationError } from '../../domain/validation';

const reminder: MailSpec = {
  template: 'implementation-reminder',
  guidelineId: 'self-care',
  title: 'Rutin för egenvård',
  deadline: '2024-12-31',
  daysLeft: 14,
  organisationName: 'Borås',
  contactName: 'Beredningen',
  contactEmail: 'beredning@vastkom.example',
  calendar: { uid: 'guideline/self-care/implementation/1/deadline/kommun-boras@guideline-engine', sequence: 0 },
};
const report: MailSpec = {
  template: 'implementation-report',
  guidelineId: 'self-care',
  title: 'Rutin för egenvård',
  deadline: '2024-12-31',
  total: 50,
  confirmed: 45,
  notConfirmed: ['Ale', 'Borås'],
};
const survey = (template: 'survey-invitation' | 'survey-reminder', parts: string[]): MailSpec => ({
  template,
  guidelineId: 'self-care',
  title: 'Fördjupad uppföljning',
  closesOn: '2026-01-23',
  organisationName: 'Fyrbodal',
  parts,
  contactName: 'Beredningen',
  contactEmail: 'beredning@vastkom.example',
  calendar: { uid: 'guideline/self-care/follow-up/1/closes/fyrbodal@guideline-engine', sequence: 0 },
});
const results = (meeting?: string): MailSpec => ({
  template: 'survey-report',
  guidelineId: 'self-care',
  title: 'Fördjupad uppföljning',
  closesOn: '2026-01-23',
  recipients: 6,
  complete: 4,
  missing: ['SAMLA', 'Skaraborg'],
  meeting,
});

describe('implementation and follow-up messages', () => {
  test.each<[string, MailSpec, 'sv' | 'en', string, string[], string | undefined]>([
    [
      'implementation reminder',
      reminder,
      'sv',
      'Påminnelse: Rutin för egenvård ska vara infört 31 december 2024',
      ['om 14 dagar', 'bekräftelse från Borås', 'Beredningen <beredning@vastkom.example>'],
      '2024-12-31',
    ],
    [
      'implementation reminder',
      reminder,
      'en',
      'Reminder: Rutin för egenvård must be implemented by 31 December 2024',
      ['14 days from now', 'confirmation yet from Borås'],
      '2024-12-31',
    ],
    [
      'implementation report',
      report,
      'sv',
      'Införande av Rutin för egenvård: 45 av 50 har bekräftat',
      ['Inte bekräftat: Ale, Borås.'],
      undefined,
    ],
    [
      'implementation report',
      report,
      'en',
      'Implementation of Rutin för egenvård: 45 of 50 confirmed',
      ['Not confirmed: Ale, Borås.'],
      undefined,
    ],
    [
      'survey invitation',
      survey('survey-invitation', ['Funktionalitet', 'Implementering']),
      'sv',
      'Uppföljning: Fördjupad uppföljning, svar senast 23 januari 2026',
      ['Fyrbodal ombeds besvara', '– Funktionalitet\n– Implementering'],
      '2026-01-23',
    ],
    [
      'survey reminder',
      survey('survey-reminder', ['Implementering']),
      'sv',
      'Påminnelse: uppföljning av Fördjupad uppföljning, senast 23 januari 2026',
      ['Dessa delar saknas ännu från Fyrbodal:\n– Implementering'],
      '2026-01-23',
    ],
    [
      'survey reminder',
      survey('survey-reminder', ['Implementering']),
      'en',
      'Reminder: follow-up of Fördjupad uppföljning, by 23 January 2026',
      ['These parts are still missing from Fyrbodal:\n– Implementering'],
      '2026-01-23',
    ],
    [
      'survey results with a meeting',
      results('VVG 2026-02-13'),
      'sv',
      'Resultat: Fördjupad uppföljning',
      ['4 av 6 svarade på alla delar', 'Delar saknas från: SAMLA, Skaraborg.', 'Resultaten står på dagordningen för VVG 2026-02-13.'],
      undefined,
    ],
    [
      'survey results without a meeting',
      results(),
      'en',
      'Results: Fördjupad uppföljning',
      ['4 of 6 answered every part', 'Parts missing from: SAMLA, Skaraborg.'],
      undefined,
    ],
  ])('%s (%s → %s)', (_name, spec, language, subject, facts, eventDate) => {
    const rendered = renderMail(spec, 'Anna', language);
    expect(rendered.subject).toBe(subject);
    for (const fact of facts) expect(rendered.text).toContain(fact);
    expect(rendered.calendarEvent?.date).toBe(eventDate);
    expect(rendered.text.startsWith(language === 'sv' ? 'Hej Anna,' : 'Hello Anna,')).toBe(true);
  });

  test('the results name no meeting when there is none', () => {
    expect(renderMail(results(), 'Anna', 'sv').text).not.toContain('dagordningen');
  });
});

describe('implementation requests', () => {
  const preparationGroup = [{ name: 'Beredningen', email: 'beredning@vastkom.example', organisationId: 'vastkom', role: 'beredning' }];

  test('default to the principals, reminded 60 and 14 days before, outside July', () => {
    const parsed = implementationRequestSchema.parse({ deadline: '2024-12-31', preparationGroup });
    expect(parsed.implementers).toBe('principals');
    expect(parsed.reminderPolicy).toMatchObject({ daysBefore: [60, 14], sendAt: '08:00', quietPeriods: [{ from: '07-01', to: '07-31' }] });
  });

  test.each([
    [{ deadline: '2024-12-32', preparationGroup }, ['deadline: must be an existing calendar date written YYYY-MM-DD']],
    [{ deadline: '2024-12-31', preparationGroup: [] }, ['preparationGroup: needs at least one contact']],
    [
      { deadline: '2024-12-31', preparationGroup, implementers: 'everyone' },
      ['implementers: Invalid option: expected one of "principals"|"subregions"'],
    ],
    [
      { deadline: '2024-12-31', preparationGroup, reminderPolicy: { daysBefore: [] } },
      ['reminderPolicy.daysBefore: needs at least one reminder'],
    ],
  ])('%j is refused', (input, problems) => {
    expect(() => parseOrThrow(implementationRequestSchema, input)).toThrow(new ValidationError(problems));
  });

  test('a resolved plan needs at least one implementer', () => {
    expect(() => parseOrThrow(implementationPlanSchema, { deadline: '2024-12-31', preparationGroup, implementers: [] })).toThrow(
      new ValidationError(['implementers: needs at least one implementer']),
    );
  });
});
