import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCommand } from '../../client/cli/program';
import { ValidationError } from '../../domain/validation';

describe('implementation and follow-up commands', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'follow-up-')), 'plan.json');
  fs.writeFileSync(file, JSON.stringify({ deadline: '2027-12-31' }));

  test.each([
    [
      ['implementation', 'plan', 'self-care', '--file', file],
      { name: 'implementation', action: 'plan', guidelineId: 'self-care', input: { deadline: '2027-12-31' }, json: false },
    ],
    [
      ['follow-up', 'plan', 'self-care', '--file', file, '--json'],
      { name: 'follow-up', action: 'plan', guidelineId: 'self-care', input: { deadline: '2027-12-31' }, json: true },
    ],
    [
      ['implementation', 'confirm', 'self-care', '1', '--org', 'kommun-ale', '--confirmed-on', '2027-10-01'],
      {
        name: 'implementation',
        action: 'confirm',
        guidelineId: 'self-care',
        n: 1,
        json: false,
        input: { organisationId: 'kommun-ale', confirmedOn: '2027-10-01', note: undefined },
      },
    ],
    [
      ['implementation', 'status', 'self-care', '2'],
      { name: 'implementation', action: 'status', guidelineId: 'self-care', n: 2, json: false },
    ],
    [
      [
        'follow-up',
        'submit',
        'self-care',
        '1',
        '--org',
        'fyrbodal',
        '--part',
        'functionality',
        '--answer',
        'Fungerar',
        '--submitted-on',
        '2028-01-15',
      ],
      {
        name: 'follow-up',
        action: 'submit',
        guidelineId: 'self-care',
        n: 1,
        json: false,
        input: { organisationId: 'fyrbodal', partId: 'functionality', answer: 'Fungerar', submittedOn: '2028-01-15' },
      },
    ],
    [
      ['follow-up', 'move', 'roadmap', '1', '--opens', '2026-02-02', '--closes', '2026-03-27', '--decision', 'VVG 2023-12-15 punkt 10'],
      {
        name: 'follow-up',
        action: 'move',
        guidelineId: 'roadmap',
        n: 1,
        json: false,
        input: { opensOn: '2026-02-02', closesOn: '2026-03-27', decisionRef: 'VVG 2023-12-15 punkt 10', reason: undefined },
      },
    ],
    [['follow-up', 'status', 'self-care', '1'], { name: 'follow-up', action: 'status', guidelineId: 'self-care', n: 1, json: false }],
  ])('%j', (argv, expected) => {
    expect(parseCommand(argv)).toEqual(expected);
  });

  test.each([
    [['implementation'], "implementation: unknown action '' (plan, confirm, status)"],
    [['follow-up', 'cancel', 'x', '1'], "follow-up: unknown action 'cancel' (plan, submit, move, status)"],
    [['implementation', 'plan', 'self-care'], 'implementation plan: needs --file'],
    [['follow-up', 'plan'], 'follow-up plan: needs ID'],
    [['implementation', 'confirm', 'self-care'], 'implementation confirm: needs N'],
    [
      ['implementation', 'confirm', 'self-care', 'first', '--org', 'x', '--confirmed-on', 'y'],
      "N: must be a number such as 1, got 'first'",
    ],
    [['implementation', 'confirm', 'self-care', '1', '--org', 'kommun-ale'], 'implementation confirm: needs --confirmed-on'],
    [['follow-up', 'submit', 'self-care', '1', '--org', 'fyrbodal'], 'follow-up submit: needs --part --answer --submitted-on'],
    [['follow-up', 'move', 'roadmap', '1', '--opens', '2026-02-02'], 'follow-up move: needs --closes --decision'],
    [['follow-up', 'status', 'self-care', '1', 'extra'], 'unexpected arguments: extra'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(new ValidationError([message]));
  });
});
