import { execFileSync } from 'node:child_process';
import path from 'node:path';

interface Message {
  ruleId: string;
  message: string;
}

/** Each file's code (an import line and a use of it) linted with the project's own configuration. */
function lint(cases: Array<[file: string, code: string]>): Message[][] {
  const output = execFileSync(process.execPath, [path.resolve(__dirname, '../support/lintImports.mjs')], {
    input: JSON.stringify(cases.map(([file, code]) => ({ file, code }))),
    encoding: 'utf8',
  });
  return JSON.parse(output) as Message[][];
}

const wrongWay: Array<[file: string, code: string, refusal: string]> = [
  [
    'domain/meeting/rule.ts',
    "import { meetingWorkflowId } from '../../workflows/meeting/api';",
    'domain/ may not import workflows/meeting/api',
  ],
  ['domain/ids.ts', "import type { Ledger } from '../activities/ledger';", 'domain/ may not import activities/ledger'],
  ['domain/calendar/dates.ts', "import { loadSettings } from '../../config';", 'domain/ may not import config'],
  ['workflows/guideline/lifecycle.ts', "import { Ledger } from '../../activities/ledger';", 'workflows/ may not import activities/ledger'],
  ['workflows/kit/mail.ts', "import { GuidelineClient } from '../../client/guidelines';", 'workflows/ may not import client/guidelines'],
  ['activities/meetingStart.ts', "import { MeetingClient } from '../client/meetings';", 'activities/ may not import client/meetings'],
  [
    'activities/index.ts',
    "import { meeting } from '../workflows/meeting/meeting';",
    'activities/ may not import workflows/meeting/meeting',
  ],
  ['activities/index.ts', "export * from '../workflows';", 'activities/ may not import workflows'],
  ['client/commissions.ts', "import { commission } from '../workflows';", 'client/ may not import workflows'],
  ['worker/createWorker.ts', "import { freePort } from '../test/support/ports';", 'worker/ may not import test/support/ports'],
  ['client/cli.ts', "const timing = import('../bench/timing');", 'client/ may not import bench/timing'],
];

const rightWay: Array<[file: string, code: string]> = [
  ['domain/meeting/rule.ts', "import { addBusinessDays } from '../calendar/businessDays';"],
  ['workflows/meeting/meeting.ts', "import { meetingWorkflowId } from '../../domain/ids';"],
  ['workflows/meeting/meeting.ts', "import type { Activities } from '../../activities/types';"],
  ['workflows/meeting/meeting.ts', "import { wakeAtOrOnChange } from '../kit/wake';"],
  ['activities/meetingStart.ts', "import { addItemUpdate } from '../workflows/meeting/api';"],
  ['activities/index.ts', "import { GuidelineStatus } from '../workflows/guideline/searchAttributes';"],
  ['client/meetings.ts', "import { recordPrincipalDecisionUpdate } from '../workflows/meeting/principalsApi';"],
  ['client/connect.ts', "import { loadBodies } from '../config';"],
  ['worker/createWorker.ts', "import { createActivities } from '../activities';"],
  ['bench/run.ts', "import { freePort } from '../test/support/ports';"],
  ['test/unit/x.test.ts', "import { median } from '../../bench/timing';"],
  ['test/unit/x.test.ts', "import { meeting } from '../../workflows/meeting/meeting';"],
];

const builtins: Array<[file: string, code: string]> = [
  ['domain/calendar/dates.ts', "import fs from 'node:fs';"],
  ['workflows/kit/time.ts', "import { setTimeout } from 'timers';"],
];

describe('layering, checked by ESLint in npm test', () => {
  let results: Message[][];
  beforeAll(() => {
    results = lint([...wrongWay.map(([file, code]): [string, string] => [file, code]), ...rightWay, ...builtins]);
  }, 60_000);

  test.each(wrongWay.map(([file, code, refusal], i) => ({ file, code, refusal, i })))('refuses $code in $file', ({ refusal, i }) => {
    expect(results[i]).toEqual([{ ruleId: 'layers/imports', message: expect.stringContaining(refusal) }]);
  });

  test.each(rightWay.map(([file, code], i) => ({ file, code, i })))('accepts $code in $file', ({ i }) => {
    expect(results[wrongWay.length + i]).toEqual([]);
  });

  test('workflow code imports no Node built-in', () => {
    const start = wrongWay.length + rightWay.length;
    expect(results.slice(start).map((messages) => messages.map((m) => m.ruleId))).toEqual([
      ['no-restricted-imports'],
      ['no-restricted-imports'],
    ]);
  });
});
