import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expiringWithinSchema } from '../../client/guidelines';
import { parseCommand } from '../../client/cli/program';
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
    [['list', '--expiring-soon'], "unknown option '--expiring-soon'"],
    [['register', '--file', '/nonexistent/guideline.json'], 'file: cannot read /nonexistent/guideline.json: ENOENT'],
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
    [['meeting', 'add-item', 'VVG', '2027-02-11', '--file', '/nonexistent/item.json'], 'file: cannot read /nonexistent/item.json: ENOENT'],
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

describe('help and the command line refused', () => {
  test('--help prints the usage of the program: every command, the global --json, the exit codes', () => {
    const help = parseCommand(['--help']);
    expect(help).toEqual({ name: 'help', text: expect.stringContaining('Usage: npm run cli -- [options] [command]') });
    const { text } = help as { text: string };
    for (const command of [
      'register',
      'extend',
      'retire',
      'show',
      'list',
      'adopt',
      'consultation',
      'meeting',
      'wheel',
      'principals',
      'implementation',
      'follow-up',
      'commission',
      'tasks',
      'setup-search-attributes',
    ]) {
      expect(text).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(text).toContain('--json');
    expect(text).toContain('Exit codes: 0 done, 2 input refused');
  });

  test('consultation start --help prints its usage with the required --file and its flags', () => {
    const help = parseCommand(['consultation', 'start', '--help']);
    expect(help).toEqual({
      name: 'help',
      text: expect.stringContaining('Usage: npm run cli -- consultation start <ID> --file <FILE> [options]'),
    });
    expect((help as { text: string }).text).toMatch(/--json +print the result as JSON/);
  });

  test.each([
    'register',
    'extend',
    'retire',
    'show',
    'list',
    'adopt',
    'consultation',
    'consultation start',
    'consultation answer',
    'consultation extend',
    'consultation add',
    'consultation withdraw',
    'consultation close',
    'consultation progress',
    'consultation export',
    'meeting',
    'meeting plan',
    'meeting add-item',
    'meeting submit',
    'meeting decide',
    'meeting agenda',
    'wheel',
    'principals',
    'principals record',
    'principals progress',
    'principals close',
    'implementation',
    'implementation plan',
    'implementation confirm',
    'implementation status',
    'follow-up',
    'follow-up plan',
    'follow-up submit',
    'follow-up move',
    'follow-up status',
    'commission',
    'commission start',
    'commission show',
    'commission milestone',
    'commission move',
    'commission complete',
    'tasks',
    'tasks sync',
    'tasks list',
    'tasks show',
    'tasks trigger',
    'tasks remove',
    'setup-search-attributes',
  ])('%s --help, and help before its last word, print its usage', (command) => {
    const words = command.split(' ');
    const usage = { name: 'help', text: expect.stringContaining(`Usage: npm run cli -- ${command} `) };
    expect(parseCommand([...words, '--help'])).toEqual(usage);
    expect(parseCommand([...words.slice(0, -1), 'help', ...words.slice(-1)])).toEqual(usage);
  });

  test('a refusal carries the usage of the command it reached', () => {
    expect(() => parseCommand(['meeting', 'plan', 'VVG'])).toThrow(
      expect.objectContaining({
        problems: ['meeting plan: needs YEAR'],
        usage: expect.stringContaining('Usage: npm run cli -- meeting plan <BODY> <YEAR> [options]'),
      }),
    );
  });

  test('flags belong to their command: another command’s flag is refused', () => {
    expect(() => parseCommand(['show', 'consent', '--round', '2'])).toThrow(new ValidationError(["unknown option '--round'"]));
  });

  test('--json is taken before or after the command', () => {
    expect(parseCommand(['--json', 'show', 'consent'])).toEqual({ name: 'show', id: 'consent', json: true });
    expect(parseCommand(['consultation', '--json', 'progress', 'consent'])).toMatchObject({ action: 'progress', json: true });
  });

  test('a malformed JSON file is refused, naming the file', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cli-json-')), 'guideline.json');
    fs.writeFileSync(file, '{ "id": ');
    expect(() => parseCommand(['register', '--file', file])).toThrow(new RegExp(`^file: ${file} is not valid JSON: `));
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
