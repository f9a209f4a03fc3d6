import { expiringWithinSchema } from '../../client/guidelines';
import { parseCommand } from '../../client/cliCommand';

describe('CLI arguments', () => {
  test('register from flags builds the guideline the schema validates', () => {
    const command = parseCommand([
      'register', '--id', 'consent', '--title', 'Samtycke', '--kind', 'guideline', '--owner-name', 'Anna',
      '--owner-email', 'anna@vgregion.example', '--owner-org', 'vgr', '--owner-role', 'processledare',
      '--body', 'VVG', '--valid-from', '2026-06-01', '--valid-until', '2028-05-31', '--json',
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

  test.each([['180d', 180], ['1d', 1]])('--expiring-within %s is %i days', (text, days) => {
    expect(expiringWithinSchema.parse(text)).toBe(days);
  });

  test.each(['6m', '180', '-3d', 'd'])('--expiring-within %s is refused', (text) => {
    expect(expiringWithinSchema.safeParse(text).error?.issues[0].message).toBe('must be a number of days such as 180d');
  });
});

describe('consultation and adoption arguments', () => {
  test('answer, extend, withdraw, close, progress and export address a round, the latest by default', () => {
    expect(
      parseCommand(['consultation', 'answer', 'consent', '--round', '2', '--org', 'kommun-ale', '--kind', 'comments', '--received', '2031-01-28', '--text', 'Se bilaga']),
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
    expect(parseCommand(['adopt', 'consent', '--valid-from', '2031-07-01', '--valid-until', '2033-06-30', '--decision', 'VVG §2'])).toEqual({
      name: 'adopt',
      json: false,
      id: 'consent',
      input: { validFrom: '2031-07-01', validUntil: '2033-06-30', decisionRef: 'VVG §2', note: undefined },
    });
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
