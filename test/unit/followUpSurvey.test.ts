import {
  afterAdoptionSchema,
  followUpWindow,
  moveSurveySchema,
  surveyProgress,
  surveyReportMarkdown,
  surveyReportRows,
} from '../../domain/followUp/survey';
import { parseOrThrow, ValidationError } from '../../domain/validation';

describe('followUpWindow: a survey counted from the adoption', () => {
  test.each([
    ['the self-care routine, one month on, in July', '2024-06-10', 1, 21, '2024-07-10', '2024-07-31'],
    ["the deeper follow-up eighteen months on, closing on New Year's Eve", '2024-06-10', 18, 21, '2025-12-10', '2025-12-30'],
    ['from 31 January into a leap February', '2024-01-31', 1, 21, '2024-02-29', '2024-03-21'],
    ['onto a Saturday: the Monday after', '2025-12-24', 1, 21, '2026-01-26', '2026-02-16'],
    ["onto New Year's Day: the next business day", '2025-12-01', 1, 14, '2026-01-02', '2026-01-16'],
    ['a window ending on a Sunday closes the Friday before', '2026-03-02', 1, 24, '2026-04-02', '2026-04-24'],
    ['a window ending on Easter Saturday closes on Maundy Thursday', '2026-02-16', 1, 19, '2026-03-16', '2026-04-02'],
  ])('%s', (_label, validFrom, months, openForDays, opensOn, closesOn) => {
    expect(followUpWindow(validFrom, { months, openForDays })).toEqual({ opensOn, closesOn });
  });

  test('opening defaults to three weeks', () => {
    expect(afterAdoptionSchema.parse({ months: 18 })).toEqual({ months: 18, openForDays: 21 });
  });

  test.each([
    [{ months: 0 }, ['months: must be at least 1']],
    [{ months: 1.5 }, ['months: Invalid input: expected int, received number']],
    [{ months: 6, openForDays: 3 }, ['openForDays: must be at least 7']],
  ])('%j is refused', (input, problems) => {
    expect(() => parseOrThrow(afterAdoptionSchema, input)).toThrow(new ValidationError(problems));
  });
});

describe('a survey moved by decision', () => {
  test.each([
    [{ opensOn: '2026-02-02', closesOn: '2026-01-30', decisionRef: 'VVG' }, ['closesOn: must be after opensOn']],
    [{ opensOn: '2026-02-02', closesOn: '2026-03-27' }, ['decisionRef: Invalid input: expected string, received undefined']],
    [
      { opensOn: '2026-02-30', closesOn: '2026-03-27', decisionRef: 'VVG' },
      ['opensOn: must be an existing calendar date written YYYY-MM-DD'],
    ],
  ])('%j is refused', (input, problems) => {
    expect(() => parseOrThrow(moveSurveySchema, input)).toThrow(new ValidationError(problems));
  });
});

describe('survey results', () => {
  const recipient = (organisationId: string, organisationName: string) => ({
    organisationId,
    organisationName,
    progressGroup: 'subregion',
    contacts: [] as never[],
  });
  const recipients = [recipient('fyrbodal', 'Fyrbodal'), recipient('skaraborg', 'Skaraborg'), recipient('constructor', 'Constructor')];
  const parts = [
    { id: 'functionality', title: 'Funktionalitet' },
    { id: 'implementation', title: 'Implementering' },
  ];
  const part = (organisationId: string, partId: string, answer: string) => ({
    organisationId,
    partId,
    answer,
    submittedOn: '2026-01-15',
    recordedAt: '2026-01-15T10:00:00.000Z',
  });
  const submissions = {
    fyrbodal: {
      functionality: part('fyrbodal', 'functionality', 'Fungerar, "nästan"'),
      implementation: part('fyrbodal', 'implementation', 'Klart'),
    },
    skaraborg: { functionality: part('skaraborg', 'functionality', 'Delvis') },
  };

  test('progress names who misses which part; an id like constructor is just an id', () => {
    expect(surveyProgress(recipients, parts, submissions)).toEqual({
      recipients: 3,
      complete: 1,
      byPart: [
        { partId: 'functionality', submitted: 2 },
        { partId: 'implementation', submitted: 1 },
      ],
      missing: [
        { organisationId: 'skaraborg', organisationName: 'Skaraborg', parts: ['implementation'] },
        { organisationId: 'constructor', organisationName: 'Constructor', parts: ['functionality', 'implementation'] },
      ],
    });
  });

  test('the Markdown report has a section per part and says where an answer is missing', () => {
    const markdown = surveyReportMarkdown('Uppföljning', recipients, parts, submissions);
    expect(markdown.split('\n').slice(0, 9)).toEqual([
      '# Uppföljning',
      '',
      '1 av 3 har svarat på alla delar.',
      '',
      '## Funktionalitet',
      '',
      '### Fyrbodal',
      '',
      'Fungerar, "nästan"',
    ]);
    expect(markdown).toContain('### Skaraborg\n\n_Inget svar._');
  });

  test('the rows have one line per organisation and part', () => {
    const rows = surveyReportRows(recipients, parts, submissions);
    expect(rows[0]).toEqual(['organisation_id', 'organisation', 'part', 'submitted_on', 'answer']);
    expect(rows).toHaveLength(1 + 3 * 2);
    expect(rows[4]).toEqual(['skaraborg', 'Skaraborg', 'implementation', '', '']);
  });
});
