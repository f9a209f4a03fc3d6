import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** Each file's code linted with the project's own configuration (see layering.test.ts). */
function lint(cases: Array<[file: string, code: string]>): Array<Array<{ ruleId: string; message: string }>> {
  const output = execFileSync(process.execPath, [path.resolve(__dirname, '../support/lintImports.mjs')], {
    input: JSON.stringify(cases.map(([file, code]) => ({ file, code }))),
    encoding: 'utf8',
  });
  return JSON.parse(output);
}

const wrongWay: Array<[file: string, code: string, refusal: string]> = [
  ['activities/store/users.ts', "import { Ledger } from '../ledger';", 'activities/store/ may not import activities/ledger'],
  ['activities/store/users.ts', "import { loadSettings } from '../../config';", 'activities/store/ may not import config'],
  ['client/web/pages/guideline.tsx', "import { GuidelineClient } from '../../guidelines';", 'client/web/ may not import client/guidelines'],
  ['client/web/layout.tsx', "import { allow } from '../api/auth/guard';", 'client/web/ may not import client/api/auth/guard'],
  [
    'client/web/layout.tsx',
    "import { openDatabase } from '../../activities/store/database';",
    'client/web/ may not import activities/store/database',
  ],
  ['worker/mainJob.ts', "import { createApp } from '../client/api/app';", 'worker/ may not import client/api/app'],
];

const rightWay: Array<[file: string, code: string]> = [
  ['activities/store/users.ts', "import type { Store } from './database';"],
  ['client/web/pages/guideline.tsx', "import type { GuidelineView } from '../../../workflows/guideline/api';"],
  ['client/web/layout.tsx', "import { may } from '../../domain/access';"],
  ['client/api/app.ts', "import { StartPage } from '../web/pages/start';"],
  ['client/api/server.ts', "import { openDatabase } from '../../activities/store/database';"],
  ['client/cli/users.ts', "import { addLocalAccount } from '../api/auth/accounts';"],
  ['worker/mainJob.ts', "import { startWebServer } from '../client/api/server';"],
];

describe('the web layers, checked by ESLint in npm test', () => {
  let results: ReturnType<typeof lint>;
  beforeAll(() => {
    results = lint([...wrongWay.map(([file, code]): [string, string] => [file, code]), ...rightWay]);
  }, 60_000);

  test.each(wrongWay.map(([file, code, refusal], i) => ({ file, code, refusal, i })))('refuses $code in $file', ({ refusal, i }) => {
    expect(results[i]).toEqual([{ ruleId: 'layers/imports', message: expect.stringContaining(refusal) }]);
  });

  test.each(rightWay.map(([file, code], i) => ({ file, code, i })))('accepts $code in $file', ({ i }) => {
    expect(results[wrongWay.length + i]).toEqual([]);
  });
});
