import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCommand } from '../../client/cli/program';
import { isCommissionCommand } from '../../client/cli/commission';

describe('commission arguments', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-commission-'));
  const commission = path.join(dir, 'commission.json');
  const done = path.join(dir, 'done.json');
  fs.writeFileSync(commission, JSON.stringify({ id: 'lss-short-stays', title: 'Korttidsvistelse enligt LSS' }));
  fs.writeFileSync(done, JSON.stringify({ completedOn: '2037-02-04', summary: 'Klart', draft: { id: 'lss-self-care' } }));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each<[string[], object]>([
    [
      ['commission', 'start', '--file', commission],
      { name: 'commission', action: 'start', json: false, input: { id: 'lss-short-stays', title: 'Korttidsvistelse enligt LSS' } },
    ],
    [['commission', 'show', 'lss-short-stays', '--json'], { name: 'commission', action: 'show', id: 'lss-short-stays', json: true }],
    [
      ['commission', 'milestone', 'lss-short-stays', '--milestone', 'first-draft', '--completed-on', '2037-01-14'],
      {
        name: 'commission',
        action: 'milestone',
        id: 'lss-short-stays',
        json: false,
        input: { milestoneId: 'first-draft', completedOn: '2037-01-14', link: undefined },
      },
    ],
    [
      [
        'commission',
        'milestone',
        'lss-short-stays',
        '--milestone',
        'first-draft',
        '--completed-on',
        '2037-01-14',
        '--link',
        'https://samverkan.example/utkast.pdf',
      ],
      {
        name: 'commission',
        action: 'milestone',
        id: 'lss-short-stays',
        json: false,
        input: { milestoneId: 'first-draft', completedOn: '2037-01-14', link: 'https://samverkan.example/utkast.pdf' },
      },
    ],
    [
      [
        'commission',
        'move',
        'lss-short-stays',
        '--milestone',
        'final-report',
        '--due',
        '2037-02-12',
        '--reason',
        'VVG beslutade ny tidplan',
      ],
      {
        name: 'commission',
        action: 'move',
        id: 'lss-short-stays',
        json: false,
        input: { milestoneId: 'final-report', due: '2037-02-12', reason: 'VVG beslutade ny tidplan' },
      },
    ],
    [
      ['commission', 'complete', 'lss-short-stays', '--file', done],
      {
        name: 'commission',
        action: 'complete',
        id: 'lss-short-stays',
        json: false,
        input: { completedOn: '2037-02-04', summary: 'Klart', draft: { id: 'lss-self-care' } },
      },
    ],
  ])('%j', (argv, command) => {
    const parsed = parseCommand(argv);
    expect(parsed).toEqual(command);
    expect(isCommissionCommand(parsed)).toBe(true);
  });

  test.each([
    [['commission'], "commission: unknown action '' (start, show, milestone, move, complete)"],
    [['commission', 'extend', 'x'], "commission: unknown action 'extend'"],
    [['commission', 'start'], 'commission start: needs --file'],
    [['commission', 'start', 'lss-short-stays', '--file', commission], 'unexpected arguments: lss-short-stays'],
    [['commission', 'show'], 'commission show: needs ID'],
    [['commission', 'show', 'a', 'b'], 'unexpected arguments: b'],
    [['commission', 'milestone', 'lss-short-stays', '--milestone', 'first-draft'], 'commission milestone: needs --completed-on'],
    [['commission', 'move', 'lss-short-stays', '--milestone', 'final-report'], 'commission move: needs --due --reason'],
    [['commission', 'complete', 'lss-short-stays'], 'commission complete: needs --file'],
    [['commission', 'complete', 'lss-short-stays', '--file', '/nonexistent/done.json'], 'file: cannot read /nonexistent/done.json: ENOENT'],
    [
      ['commission', 'move', 'x', '--milestone', 'm', '--due', '2037-02-12', '--reason', 'r', '--deadline-at', 'x'],
      "unknown option '--deadline-at'",
    ],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(message);
  });

  test.each([
    ['start', 'commission start --file <FILE>'],
    ['show', 'commission show <ID>'],
    ['milestone', 'commission milestone <ID> --milestone <M> --completed-on <YYYY-MM-DD>'],
    ['move', 'commission move <ID> --milestone <M> --due <YYYY-MM-DD> --reason <TEXT>'],
    ['complete', 'commission complete <ID> --file <FILE>'],
  ])('the usage lists commission %s: %s', (action, usage) => {
    expect(parseCommand(['commission', '--help'])).toEqual({ name: 'help', text: expect.stringMatching(new RegExp(`^  ${action} `, 'm')) });
    expect(parseCommand(['commission', action, '--help'])).toEqual({
      name: 'help',
      text: expect.stringContaining(`Usage: npm run cli -- ${usage}`),
    });
  });

  test('other commands are not commission commands', () => {
    expect(isCommissionCommand(parseCommand(['show', 'consent']))).toBe(false);
  });
});
