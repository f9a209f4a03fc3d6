import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expiringWithinSchema } from '../../client/guidelines';
import { parseCommand } from '../../client/cliCommand';
import { ValidationError } from '../../domain/validation';

describe('CLI arguments', () => {
  test('register from flags builds the guideline the schema validates', () => {
    const command = parseCommand([
      'register',
      '--id',
      'consent',
      '--title',
      'Samtycke',
      '--kind',
      'guideline',
      '--owner-name',
      'Anna',
      '--owner-email',
      'anna@vgregion.example',
      '--owner-org',
      'vgr',
      '--owner-role',
      'processledare',
      '--body',
      'VVG',
      '--valid-from',
      '2026-06-01',
      '--valid-until',
      '2028-05-31',
      '--json',
    ]);
    expect(command).toEqual({
      name: 'register',
      json: true,
      input: {
        id: 'consent',
        title: 'Samtycke',
        kind: 'guideline',
        owner: { name: 'Anna', email: 'anna@vgregion.example', organisationId: 'vgr', role: 'processledare', language: undefined },
        responsibleBody: 'VVG',
        validFrom: '2026-06-01',
        validUntil: '2028-05-31',
      },
    });
  });

  test('extend, retire, show and list', () => {
    expect(parseCommand(['extend', 'consent', '--until', '2029-12-31', '--note', 'n', '--decision', 'VVG §3'])).toEqual({
      name: 'extend',
      json: false,
      id: 'consent',
      input: { validUntil: '2029-12-31', note: 'n', decisionRef: 'VVG §3' },
    });
    expect(parseCommand(['retire', 'consent', '--reason', 'r'])).toMatchObject({ name: 'retire', id: 'consent' });
    expect(parseCommand(['show', 'consent', '--json'])).toEqual({ name: 'show', id: 'consent', json: true });
    expect(parseCommand(['list', '--expiring-within', '180d'])).toEqual({ name: 'list', expiringWithin: '180d', json: false });
  });

  test.each([
    [[], 'no command given'],
    [['publish'], "unknown command 'publish'"],
    [['show'], 'show: needs a guideline id'],
    [['show', 'a', 'b'], 'unexpected arguments: b'],
    [['list'], 'list: needs --expiring-within'],
    [['list', '--expiring-soon'], "Unknown option '--expiring-soon'"],
    [['register', '--file', '/nonexistent/guideline.json'], 'file: ENOENT'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message);
  });

  test.each([
    ['180d', 180],
    ['1d', 1],
  ])('--expiring-within %s is %i days', (text, days) => {
    expect(expiringWithinSchema.parse(text)).toBe(days);
  });

  test.each(['6m', '180', '-3d', 'd'])('--expiring-within %s is refused', (text) => {
    expect(expiringWithinSchema.safeParse(text).error?.issues[0].message).toBe('must be a number of days such as 180d');
  });
});

describe('consultation and adoption arguments', () => {
  test('answer, extend, withdraw, close, progress and export address a round, the latest by default', () => {
    expect(
      parseCommand([
        'consultation',
        'answer',
        'consent',
        '--round',
        '2',
        '--org',
        'kommun-ale',
        '--kind',
        'comments',
        '--received',
        '2031-01-28',
        '--text',
        'Se bilaga',
      ]),
    ).toEqual({
      name: 'consultation',
      action: 'answer',
      id: 'consent',
      round: 2,
      json: false,
      input: { organisationId: 'kommun-ale', kind: 'comments', receivedOn: '2031-01-28', text: 'Se bilaga', documentRef: undefined },
    });
    expect(parseCommand(['consultation', 'extend', 'consent', '--deadline', '2031-03-14', '--reason', 'r'])).toMatchObject({
      action: 'extend',
      round: undefined,
      input: { deadline: '2031-03-14', reason: 'r' },
    });
    expect(parseCommand(['consultation', 'withdraw', 'consent', '--org', 'kommun-ale', '--reason', 'r'])).toMatchObject({
      action: 'withdraw',
      input: { organisationId: 'kommun-ale', reason: 'r' },
    });
    expect(parseCommand(['consultation', 'export', 'consent'])).toMatchObject({ action: 'export', input: {} });
    expect(parseCommand(['adopt', 'consent', '--valid-from', '2031-07-01', '--valid-until', '2033-06-30', '--decision', 'VVG §2'])).toEqual(
      {
        name: 'adopt',
        json: false,
        id: 'consent',
        input: { validFrom: '2031-07-01', validUntil: '2033-06-30', decisionRef: 'VVG §2', note: undefined },
      },
    );
    expect(parseCommand(['register', '--draft', '--id', 'consent'])).toMatchObject({ input: { draft: true, id: 'consent' } });
  });

  test.each([
    [['consultation'], "consultation: unknown action ''"],
    [['consultation', 'publish', 'consent'], "consultation: unknown action 'publish'"],
    [['consultation', 'progress'], 'consultation progress: needs a guideline id'],
    [['consultation', 'progress', 'consent', '--round', '0'], 'round: must be a round number such as 1'],
    [['consultation', 'progress', 'consent', '--round', 'two'], 'round: must be a round number such as 1'],
    [['consultation', 'start', 'consent'], 'consultation start: needs --file'],
    [['consultation', 'add', 'consent'], 'org: is required'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message);
  });
});

describe('meeting, wheel and principals arguments', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-meeting-'));
  const item = path.join(dir, 'item.json');
  const decision = path.join(dir, 'decision.json');
  fs.writeFileSync(item, JSON.stringify({ itemId: 'consent', title: 'Samtycke' }));
  fs.writeFileSync(decision, JSON.stringify({ outcome: 'recommend-principals', itemId: 'consent', decideBy: '2027-12-31' }));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each<[string[], object]>([
    [['meeting', 'plan', 'VVG', '2027'], { name: 'meeting', action: 'plan', body: 'VVG', year: '2027', json: false }],
    [
      ['meeting', 'agenda', 'SRO', '2027-03-04', '--json'],
      { name: 'meeting', action: 'agenda', body: 'SRO', date: '2027-03-04', json: true },
    ],
    [
      ['meeting', 'add-item', 'VVG', '2027-02-11', '--file', item],
      {
        name: 'meeting',
        action: 'add-item',
        body: 'VVG',
        date: '2027-02-11',
        json: false,
        input: { itemId: 'consent', title: 'Samtycke' },
      },
    ],
    [
      [
        'meeting',
        'submit',
        'VVG',
        '2027-02-11',
        '--item',
        'consent',
        '--title',
        'Remissversion',
        '--link',
        'https://samverkan.example/samtycke.pdf',
      ],
      {
        name: 'meeting',
        action: 'submit',
        body: 'VVG',
        date: '2027-02-11',
        json: false,
        input: { itemId: 'consent', documents: [{ title: 'Remissversion', link: 'https://samverkan.example/samtycke.pdf' }] },
      },
    ],
    [
      ['meeting', 'decide', 'SRO', '2027-03-04', '--file', decision],
      {
        name: 'meeting',
        action: 'decide',
        body: 'SRO',
        date: '2027-03-04',
        json: false,
        input: { outcome: 'recommend-principals', itemId: 'consent', decideBy: '2027-12-31' },
      },
    ],
    [
      ['meeting', 'decide', 'VVG', '2027-02-11', '--item', 'survey', '--outcome', 'note'],
      {
        name: 'meeting',
        action: 'decide',
        body: 'VVG',
        date: '2027-02-11',
        json: false,
        input: { outcome: 'note', itemId: 'survey', text: undefined },
      },
    ],
    [
      [
        'meeting',
        'decide',
        'VVG',
        '2027-02-11',
        '--item',
        'consent',
        '--outcome',
        'send-back',
        '--to',
        '2027-04-15',
        '--reason',
        'Underlag saknas',
      ],
      {
        name: 'meeting',
        action: 'decide',
        body: 'VVG',
        date: '2027-02-11',
        json: false,
        input: { outcome: 'send-back', itemId: 'consent', toMeeting: '2027-04-15', reason: 'Underlag saknas', text: undefined },
      },
    ],
    [['wheel', '2027'], { name: 'wheel', year: '2027', language: 'sv', json: false }],
    [['wheel', '2027', '--language', 'en', '--json'], { name: 'wheel', year: '2027', language: 'en', json: true }],
    [
      [
        'principals',
        'record',
        'SRO',
        '2027-03-04',
        'consent',
        '--org',
        'kommun-ale',
        '--decision',
        'adopted',
        '--decided-on',
        '2027-05-20',
        '--reference',
        'KS § 42',
      ],
      {
        name: 'principals',
        action: 'record',
        body: 'SRO',
        date: '2027-03-04',
        itemId: 'consent',
        json: false,
        input: { organisationId: 'kommun-ale', decision: 'adopted', decidedOn: '2027-05-20', reference: 'KS § 42' },
      },
    ],
    [
      ['principals', 'progress', 'SRO', '2027-03-04', 'consent'],
      { name: 'principals', action: 'progress', body: 'SRO', date: '2027-03-04', itemId: 'consent', json: false },
    ],
    [
      ['principals', 'close', 'SRO', '2027-03-04', 'consent', '--reason', 'Alla har beslutat i sak'],
      {
        name: 'principals',
        action: 'close',
        body: 'SRO',
        date: '2027-03-04',
        itemId: 'consent',
        json: false,
        input: { reason: 'Alla har beslutat i sak' },
      },
    ],
  ])('%j', (argv, command) => {
    expect(parseCommand(argv)).toEqual(command);
  });

  test.each([
    [['meeting'], "meeting: unknown action ''"],
    [['meeting', 'cancel', 'VVG', '2027-02-11'], "meeting: unknown action 'cancel'"],
    [['meeting', 'plan'], 'meeting plan: needs BODY YEAR'],
    [['meeting', 'plan', 'VVG'], 'meeting plan: needs YEAR'],
    [['meeting', 'plan', 'VVG', '2027', '2028'], 'unexpected arguments: 2028'],
    [['meeting', 'agenda', 'VVG'], 'meeting agenda: needs DATE'],
    [['meeting', 'add-item', 'VVG', '2027-02-11'], 'meeting add-item: needs --file'],
    [['meeting', 'add-item', 'VVG', '2027-02-11', '--file', '/nonexistent/item.json'], 'file: ENOENT'],
    [['meeting', 'submit', 'VVG', '2027-02-11', '--item', 'consent'], 'meeting submit: needs --title --link'],
    [['meeting', 'decide', 'VVG', '2027-02-11'], 'meeting decide: needs --file decision.json, or --item ID --outcome note|send-back'],
    [['meeting', 'decide', 'VVG', '2027-02-11', '--item', 'consent'], 'meeting decide: needs --outcome'],
    [
      ['meeting', 'decide', 'VVG', '2027-02-11', '--item', 'consent', '--outcome', 'send-back', '--to', '2027-04-15'],
      'meeting decide --outcome send-back: needs --reason',
    ],
    [
      ['meeting', 'decide', 'VVG', '2027-02-11', '--item', 'consent', '--outcome', 'endorse'],
      "outcome: 'endorse' needs --file; the flags take note or send-back",
    ],
    [['wheel'], 'wheel: needs YEAR'],
    [['wheel', '2027', '--language', 'de'], 'language: must be sv or en'],
    [['principals', 'remind', 'SRO', '2027-03-04', 'consent'], "principals: unknown action 'remind'"],
    [['principals', 'progress', 'SRO', '2027-03-04'], 'principals progress: needs ITEM'],
    [['principals', 'record', 'SRO', '2027-03-04', 'consent', '--org', 'kommun-ale'], 'principals record: needs --decision --decided-on'],
    [['principals', 'close', 'SRO', '2027-03-04', 'consent'], 'principals close: needs --reason'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(ValidationError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
