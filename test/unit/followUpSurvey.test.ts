import { confirmationProblem, confirmImplementationSchemaOn } from '../../domain/followUp/implementation';
import {
  afterAdoptionSchema,
  followUpWindow,
  moveSurveyProblem,
  moveSurveySchema,
  moveSurveySchemaOn,
  submitPartProblem,
  submitPartSchemaOn,
  SurveyState,
  surveyProgress,
  surveyReportMarkdown,
  surveyReportRows,
} from '../../domain/followUp/survey';
import { surveyReportCsv } from '../../domain/followUp/surveyReportCsv';
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

  test('the CSV quotes an answer with a lone line break, so that a reader sees one record per organisation and part', () => {
    const csv = surveyReportCsv(recipients.slice(0, 1), parts.slice(0, 1), {
      fyrbodal: { functionality: part('fyrbodal', 'functionality', 'Fungerar\nnästan, "helt"') },
    });
    expect(csv).toBe(
      'organisation_id,organisation,part,submitted_on,answer\r\n' +
        'fyrbodal,Fyrbodal,functionality,2026-01-15,"Fungerar\nnästan, ""helt"""\r\n',
    );
  });
});

describe('the rules the survey and the client share', () => {
  const answer = { answer: 'Svar', submittedOn: '2026-01-15', recordedAt: '2026-01-15T10:00:00.000Z' };
  const survey = (overrides: Partial<SurveyState> = {}): SurveyState => ({
    n: 2,
    status: 'open',
    plan: {
      opensOn: '2026-01-05',
      parts: [
        { id: 'functionality', title: 'Funktionalitet' },
        { id: 'implementation', title: 'Implementering' },
      ],
      targetMeeting: { body: 'VVG', date: '2026-02-13' },
    },
    // Fyrbodal has answered everything, Skaraborg one part.
    progress: { missing: [{ organisationId: 'skaraborg', organisationName: 'Skaraborg', parts: ['implementation'] }] },
    submissions: {
      fyrbodal: {
        functionality: { organisationId: 'fyrbodal', partId: 'functionality', ...answer },
        implementation: { organisationId: 'fyrbodal', partId: 'implementation', ...answer },
      },
      skaraborg: { functionality: { organisationId: 'skaraborg', partId: 'functionality', ...answer } },
    },
    ...overrides,
  });

  test.each<[string, SurveyState, string, string, string | undefined]>([
    ['a missing part', survey(), 'skaraborg', 'implementation', undefined],
    ['a part again, from one that has answered all', survey(), 'fyrbodal', 'functionality', undefined],
    ['before the survey opens', survey({ status: 'scheduled' }), 'skaraborg', 'implementation', 'survey: the survey opens on 2026-01-05'],
    [
      'after it closed',
      survey({ status: 'closed' }),
      'skaraborg',
      'implementation',
      'survey: the survey is closed and its report compiled',
    ],
    ['from one not asked', survey(), 'kommun-ale', 'implementation', "organisationId: 'kommun-ale' was not asked to answer"],
    [
      'a part the survey does not have',
      survey(),
      'skaraborg',
      'costs',
      "partId: 'costs' is not a part of this survey (functionality, implementation)",
    ],
  ])('submitting %s: %p', (_name, s, organisationId, partId, problem) => {
    expect(submitPartProblem(s, { organisationId, partId })).toBe(problem);
  });

  test.each<[string, SurveyState, string, string | undefined]>([
    ['a survey not yet open', survey({ status: 'scheduled' }), '2026-02-06', undefined],
    ['a survey that has opened', survey(), '2026-02-06', 'survey: follow-up 2 has opened and can no longer be moved'],
    [
      'a survey past its results meeting',
      survey({ status: 'scheduled' }),
      '2026-02-13',
      'closesOn: the results go to VVG 2026-02-13, which must be after the survey closes',
    ],
  ])('moving %s: %p', (_name, s, closesOn, problem) => {
    expect(moveSurveyProblem(s, { closesOn })).toBe(problem);
  });

  const tracking = { confirmations: { fyrbodal: {} }, notConfirmed: [{ organisationId: 'skaraborg' }] };
  test.each<[string, string | undefined]>([
    ['skaraborg', undefined],
    ['fyrbodal', "organisationId: 'fyrbodal' has already confirmed"],
    ['kommun-ale', "organisationId: 'kommun-ale' is not one of the implementers"],
  ])('a confirmation from %s: %p', (organisationId, problem) => {
    expect(confirmationProblem(tracking, { organisationId })).toBe(problem);
  });

  // Dates against today are the schemas' part: the workflow parses with its own today's date.
  test.each<[string, string[] | undefined]>([
    ['2026-01-14', undefined],
    ['2026-01-15', undefined],
    ['2026-01-16', ['submittedOn: cannot be in the future']],
  ])('on 2026-01-15, an answer dated %s: %p', (submittedOn, problems) => {
    const part = { organisationId: 'skaraborg', partId: 'implementation', answer: 'Svar', submittedOn };
    expect(problemsOn(() => parseOrThrow(submitPartSchemaOn('2026-01-15'), part))).toEqual(problems);
    const confirmation = { organisationId: 'skaraborg', confirmedOn: submittedOn };
    expect(problemsOn(() => parseOrThrow(confirmImplementationSchemaOn('2026-01-15'), confirmation))).toEqual(
      problems?.map((p) => p.replace('submittedOn', 'confirmedOn')),
    );
  });

  test.each<[string, string[] | undefined]>([
    ['2026-01-14', ['opensOn: 2026-01-14 has already passed']],
    ['2026-01-15', undefined],
  ])('on 2026-01-15, a move to open on %s: %p', (opensOn, problems) => {
    const move = { opensOn, closesOn: '2026-02-27', decisionRef: 'VVG 2026-01-15 §3' };
    expect(problemsOn(() => parseOrThrow(moveSurveySchemaOn('2026-01-15'), move))).toEqual(problems);
  });
});

function problemsOn(run: () => unknown): string[] | undefined {
  try {
    run();
    return undefined;
  } catch (err) {
    if (err instanceof ValidationError) return err.problems;
    throw err;
  }
}
