import { Recipient } from '../../domain/consultation/consultation';
import { consultationProgress, isLate, ResponseRecord } from '../../domain/consultation/progress';
import { responsesCsv } from '../../domain/consultation/responsesCsv';
import { responsesXlsx } from '../../domain/consultation/responsesXlsx';
import { readSheet } from 'read-excel-file/node';

const recipient = (organisationId: string, organisationName: string, progressGroup: string): Recipient => ({
  organisationId,
  organisationName,
  progressGroup,
  contacts: [
    {
      name: `Vårdsamverkan ${organisationName}`,
      email: `vardsamverkan@${organisationId}.example`,
      organisationId,
      role: 'kontaktperson',
      language: 'sv',
    },
  ],
});

const response = (organisationId: string, fields: Partial<ResponseRecord> = {}): ResponseRecord => ({
  organisationId,
  kind: 'comments',
  receivedOn: '2031-02-20',
  late: false,
  recordedAt: '2031-02-20T09:00:00.000Z',
  ...fields,
});

// Swedish collation puts Å, Ä and Ö after Z, and Å before Ä: Vänersborg before Åmål, Öckerö last.
const recipients: Recipient[] = [
  recipient('kommun-amal', 'Åmål', 'fyrbodal'),
  recipient('kommun-bengtsfors', 'Bengtsfors', 'fyrbodal'),
  recipient('kommun-vanersborg', 'Vänersborg', 'fyrbodal'),
  recipient('kommun-uddevalla', 'Uddevalla', 'fyrbodal'),
  recipient('vgr-nu-sjukvarden', 'NU-sjukvården', 'regional-administration'),
  recipient('kommun-ockero', 'Öckerö', 'goteborgsomradet'),
  recipient('kommun-goteborg', 'Göteborg', 'goteborgsomradet'),
  recipient('kommun-ale', 'Ale', 'simba'),
  recipient('vgr-narhalsan', 'Närhälsan', 'regional-administration'),
];
const responses: Record<string, ResponseRecord> = {
  'kommun-bengtsfors': response('kommun-bengtsfors'),
  'kommun-goteborg': response('kommun-goteborg', { kind: 'no-comments', receivedOn: '2031-03-03', late: true }),
  'vgr-narhalsan': response('vgr-narhalsan', { kind: 'declines' }),
  'kommun-ale': response('kommun-ale', { receivedOn: '2031-03-04', late: true }),
};
const withdrawn = ['kommun-ale', 'kommun-uddevalla'];

describe('consultationProgress', () => {
  const expected = {
    total: 7,
    answered: 3,
    notAnsweredCount: 4,
    late: 1,
    byGroup: [
      { group: 'fyrbodal', total: 3, answered: 1, notAnswered: ['kommun-vanersborg', 'kommun-amal'] },
      { group: 'goteborgsomradet', total: 2, answered: 1, notAnswered: ['kommun-ockero'] },
      { group: 'regional-administration', total: 2, answered: 1, notAnswered: ['vgr-nu-sjukvarden'] },
    ],
    notAnswered: [
      { organisationId: 'kommun-vanersborg', organisationName: 'Vänersborg', progressGroup: 'fyrbodal' },
      { organisationId: 'kommun-amal', organisationName: 'Åmål', progressGroup: 'fyrbodal' },
      { organisationId: 'kommun-ockero', organisationName: 'Öckerö', progressGroup: 'goteborgsomradet' },
      { organisationId: 'vgr-nu-sjukvarden', organisationName: 'NU-sjukvården', progressGroup: 'regional-administration' },
    ],
  };

  test('counts, groups and sorts; withdrawn organisations count nowhere, not even their answers', () => {
    expect(consultationProgress(recipients, responses, withdrawn)).toEqual(expected);
  });

  test('does not depend on the order of the recipients', () => {
    expect(consultationProgress([...recipients].reverse(), responses, withdrawn)).toEqual(expected);
  });

  test.each<[string, Recipient[], Record<string, ResponseRecord>, string[], Record<string, unknown>]>([
    ['no recipients', [], {}, [], { total: 0, answered: 0, notAnsweredCount: 0, late: 0, byGroup: [], notAnswered: [] }],
    ['nobody withdrawn', recipients, responses, [], { total: 9, answered: 4, notAnsweredCount: 5, late: 2 }],
    [
      'everybody withdrawn',
      recipients,
      responses,
      recipients.map((r) => r.organisationId),
      { total: 0, answered: 0, notAnsweredCount: 0, late: 0, byGroup: [] },
    ],
    ['nobody has answered', recipients, {}, [], { total: 9, answered: 0, notAnsweredCount: 9, late: 0 }],
    [
      'answers from organisations not invited are ignored',
      recipients.slice(0, 2),
      { 'kommun-x': response('kommun-x', { late: true }) },
      [],
      { total: 2, answered: 0, late: 0 },
    ],
    [
      'withdrawing an organisation not invited changes nothing',
      recipients,
      responses,
      [...withdrawn, 'kommun-x'],
      { total: 7, answered: 3, late: 1 },
    ],
    [
      'an id that is also an object property is not an answer',
      [recipient('constructor', 'Constructor', 'x')],
      {},
      [],
      { total: 1, answered: 0, notAnsweredCount: 1 },
    ],
  ])('%s', (_label, rs, answers, out, fields) => {
    expect(consultationProgress(rs, answers, out)).toMatchObject(fields);
  });

  test('a group whose organisations have all withdrawn is left out', () => {
    expect(consultationProgress(recipients, responses, withdrawn).byGroup.map((g) => g.group)).not.toContain('simba');
    expect(consultationProgress(recipients, responses, ['kommun-uddevalla']).byGroup.map((g) => g.group)).toContain('simba');
  });

  test('a group where everybody has answered has an empty list', () => {
    const all = Object.fromEntries(recipients.map((r) => [r.organisationId, response(r.organisationId)]));
    const progress = consultationProgress(recipients, all, []);
    expect(progress.byGroup).toEqual([
      { group: 'fyrbodal', total: 4, answered: 4, notAnswered: [] },
      { group: 'goteborgsomradet', total: 2, answered: 2, notAnswered: [] },
      { group: 'regional-administration', total: 2, answered: 2, notAnswered: [] },
      { group: 'simba', total: 1, answered: 1, notAnswered: [] },
    ]);
    expect(progress.notAnswered).toEqual([]);
  });

  test('totals add up per group', () => {
    const progress = consultationProgress(recipients, responses, withdrawn);
    expect(progress.answered + progress.notAnsweredCount).toBe(progress.total);
    expect(progress.notAnswered).toHaveLength(progress.notAnsweredCount);
    expect(progress.byGroup.reduce((n, g) => n + g.total, 0)).toBe(progress.total);
    expect(progress.byGroup.reduce((n, g) => n + g.answered, 0)).toBe(progress.answered);
    for (const g of progress.byGroup) expect(g.answered + g.notAnswered.length).toBe(g.total);
  });

  test('does not change its arguments', () => {
    const rs = structuredClone(recipients);
    const answers = structuredClone(responses);
    const out = [...withdrawn];
    consultationProgress(rs, answers, out);
    expect([rs, answers, out]).toEqual([recipients, responses, withdrawn]);
  });
});

describe('isLate', () => {
  test.each([
    ['2031-02-27', '2031-02-28', false],
    ['2031-02-28', '2031-02-28', false],
    ['2031-03-01', '2031-02-28', true],
    ['2032-01-01', '2031-12-31', true],
    ['2031-12-31', '2032-01-01', false],
    ['2031-01-07', '2031-02-28', false],
  ])('received %s with deadline %s: late %p', (receivedOn, deadline, late) => {
    expect(isLate(receivedOn, deadline)).toBe(late);
  });
});

/** A strict RFC 4180 reader, enough to read back what responsesCsv writes. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < csv.length) {
    if (csv[i] === '"' && field === '') {
      for (i++; ; i++) {
        if (i >= csv.length) throw new Error('unterminated quoted field');
        if (csv[i] === '"' && csv[i + 1] === '"') field += csv[i++];
        else if (csv[i] === '"') break;
        else field += csv[i];
      }
      i++;
    } else if (csv[i] === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (csv.startsWith('\r\n', i)) {
      records.push([...record, field]);
      record = [];
      field = '';
      i += 2;
    } else if (csv[i] === '"' || csv[i] === '\n' || csv[i] === '\r') {
      throw new Error(`bare ${JSON.stringify(csv[i])} at ${i}`);
    } else {
      field += csv[i++];
    }
  }
  if (field !== '' || record.length) throw new Error('the last record has no CRLF');
  return records;
}

describe('responsesCsv', () => {
  const tricky = 'Bra, men "avsnitt 3"\nbehöver förtydligas;\r\nse bilaga';
  const answers: Record<string, ResponseRecord> = {
    ...responses,
    'kommun-bengtsfors': response('kommun-bengtsfors', { text: tricky, documentRef: 'Dnr 2031/12, bilaga 1' }),
  };
  const header = ['organisation_id', 'organisation', 'group', 'status', 'kind', 'received_on', 'late', 'document_ref', 'text'];

  test('one row per recipient in their order, read back field by field', () => {
    expect(parseCsv(responsesCsv(recipients, answers, withdrawn))).toEqual([
      header,
      ['kommun-amal', 'Åmål', 'fyrbodal', 'not-answered', '', '', '', '', ''],
      ['kommun-bengtsfors', 'Bengtsfors', 'fyrbodal', 'answered', 'comments', '2031-02-20', 'false', 'Dnr 2031/12, bilaga 1', tricky],
      ['kommun-vanersborg', 'Vänersborg', 'fyrbodal', 'not-answered', '', '', '', '', ''],
      ['kommun-uddevalla', 'Uddevalla', 'fyrbodal', 'withdrawn', '', '', '', '', ''],
      ['vgr-nu-sjukvarden', 'NU-sjukvården', 'regional-administration', 'not-answered', '', '', '', '', ''],
      ['kommun-ockero', 'Öckerö', 'goteborgsomradet', 'not-answered', '', '', '', '', ''],
      ['kommun-goteborg', 'Göteborg', 'goteborgsomradet', 'answered', 'no-comments', '2031-03-03', 'true', '', ''],
      ['kommun-ale', 'Ale', 'simba', 'withdrawn', 'comments', '2031-03-04', 'true', '', ''],
      ['vgr-narhalsan', 'Närhälsan', 'regional-administration', 'answered', 'declines', '2031-02-20', 'false', '', ''],
    ]);
  });

  test('quotes a field with a comma, a quote or a line break, doubling the quotes, and nothing else', () => {
    const csv = responsesCsv(recipients.slice(0, 2), answers, []);
    expect(csv).toBe(
      [
        header.join(','),
        'kommun-amal,Åmål,fyrbodal,not-answered,,,,,',
        `kommun-bengtsfors,Bengtsfors,fyrbodal,answered,comments,2031-02-20,false,"Dnr 2031/12, bilaga 1","Bra, men ""avsnitt 3""\nbehöver förtydligas;\r\nse bilaga"`,
        '',
      ].join('\r\n'),
    );
  });

  test.each([
    ['a comma', 'a, b', '"a, b"'],
    ['a quote', 'säger "nej"', '"säger ""nej"""'],
    ['a line feed', 'rad 1\nrad 2', '"rad 1\nrad 2"'],
    ['a carriage return', 'rad 1\rrad 2', '"rad 1\rrad 2"'],
    ['only a quote', '"', '""""'],
    ['a semicolon only', 'a; b', 'a; b'],
    ['leading and trailing spaces', '  ok  ', '  ok  '],
  ])('a text with %s is written %s and read back', (_label, text, written) => {
    const csv = responsesCsv([recipient('kommun-ale', 'Ale', 'simba')], { 'kommun-ale': response('kommun-ale', { text }) }, []);
    expect(csv.endsWith(`,${written}\r\n`)).toBe(true);
    expect(parseCsv(csv)[1][8]).toBe(text);
  });

  test('no recipients gives the header only', () => {
    expect(responsesCsv([], {}, [])).toBe(`${header.join(',')}\r\n`);
  });
});

describe('responsesXlsx', () => {
  const answers: Record<string, ResponseRecord> = {
    ...responses,
    'kommun-bengtsfors': response('kommun-bengtsfors', { text: '=HYPERLINK("https://evil.example")\nrad 2', documentRef: 'Dnr 2031/12' }),
  };

  test("read back by another library: the CSV's rows, one per organisation, with a date for received and a boolean for late", async () => {
    const sheet = await readSheet(Buffer.from(await responsesXlsx(recipients, answers, withdrawn)), 'answers');
    const day = (date: string) => new Date(`${date}T00:00:00Z`);
    expect(sheet).toEqual([
      ['organisation_id', 'organisation', 'group', 'status', 'kind', 'received_on', 'late', 'document_ref', 'text'],
      ['kommun-amal', 'Åmål', 'fyrbodal', 'not-answered', null, null, null, null, null],
      [
        'kommun-bengtsfors',
        'Bengtsfors',
        'fyrbodal',
        'answered',
        'comments',
        day('2031-02-20'),
        false,
        'Dnr 2031/12',
        // A text that looks like a formula stays text.
        '=HYPERLINK("https://evil.example")\nrad 2',
      ],
      ['kommun-vanersborg', 'Vänersborg', 'fyrbodal', 'not-answered', null, null, null, null, null],
      ['kommun-uddevalla', 'Uddevalla', 'fyrbodal', 'withdrawn', null, null, null, null, null],
      ['vgr-nu-sjukvarden', 'NU-sjukvården', 'regional-administration', 'not-answered', null, null, null, null, null],
      ['kommun-ockero', 'Öckerö', 'goteborgsomradet', 'not-answered', null, null, null, null, null],
      ['kommun-goteborg', 'Göteborg', 'goteborgsomradet', 'answered', 'no-comments', day('2031-03-03'), true, null, null],
      ['kommun-ale', 'Ale', 'simba', 'withdrawn', 'comments', day('2031-03-04'), true, null, null],
      ['vgr-narhalsan', 'Närhälsan', 'regional-administration', 'answered', 'declines', day('2031-02-20'), false, null, null],
    ]);
  });

  test('no recipients gives the header only', async () => {
    expect(await readSheet(Buffer.from(await responsesXlsx([], {}, [])))).toHaveLength(1);
  });
});
