import path from 'node:path';
import { openDatabase, Store } from '../../activities/store/database';
import { subjectsWhere, upcomingMailWhere } from '../../activities/store/readModel';
import { until, runCli } from '../support/processes';
import { startWebStack, WebStack } from '../support/webStack';

/*
 * `npm run cli -- reindex` on the dev server, whose visibility lists every workflow: the read model emptied by hand
 * comes back as the workflows publish it.
 */

let stack: WebStack;
let db: Store;

beforeAll(async () => {
  stack = await startWebStack('reindex-e2e');
  db = await openDatabase({ sqliteFile: path.join(stack.dataDir, 'ledger.sqlite') });
});

afterAll(async () => {
  await db?.destroy();
  await stack?.stop();
});

const owner = [
  '--owner-name',
  'Anna Andersson',
  '--owner-email',
  'anna@vgregion.example',
  '--owner-org',
  'vgr',
  '--owner-role',
  'processledare',
];
const register = (id: string, extra: string[]) =>
  runCli(['register', '--id', id, '--title', `Riktlinje ${id}`, '--kind', 'routine', ...owner, '--body', 'VVG', ...extra], stack.env);

const rows = async () => (await subjectsWhere(db, { kind: 'guideline' }).execute()).map(({ version: _v, updated_at: _u, ...row }) => row);
const mail = async () =>
  (await upcomingMailWhere(db, { from: '2000-01-01', until: '2200-01-01' }).execute()).map((m) => [m.workflow_id, m.at, m.email]);

test('reindex rebuilds the read model from the workflows, and a refused extra argument changes nothing', async () => {
  expect((await register('in-force', ['--valid-from', '2026-01-01', '--valid-until', '2099-12-31'])).code).toBe(0);
  expect((await register('drafted', ['--draft'])).code).toBe(0);
  const published = await until('both guidelines in the read model', async () => {
    const found = await rows();
    return found.length === 2 ? found : undefined;
  });
  const publishedMail = await mail();
  expect(publishedMail.length).toBeGreaterThan(0);

  const refused = await runCli(['reindex', 'everything'], stack.env);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('unexpected argument: everything');
  expect(await rows()).toEqual(published);

  await db.deleteFrom('subjects').execute();
  expect(await mail()).toEqual([]);
  const done = await runCli(['reindex', '--json'], stack.env);
  expect(done.code).toBe(0);
  expect(JSON.parse(done.stdout)).toEqual({ written: 2, failed: [] });
  expect(await rows()).toEqual(published);
  expect(await mail()).toEqual(publishedMail);
});
