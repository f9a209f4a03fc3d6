import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, Store } from '../../activities/store/database';
import { withinLimit } from '../../activities/store/rateLimits';

let dir: string;
let db: Store;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'limits-'));
  db = await openDatabase({ sqliteFile: path.join(dir, 'ledger.sqlite') });
});
afterEach(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const perMinute = { limit: 3, windowMs: 60_000 };
const at = (second: number) => Date.UTC(2027, 0, 12, 9, 0, second);

describe('limits on the public doors, counted in the database', () => {
  test('a key is let in up to its limit in a window, then refused until the next window', async () => {
    const answers = [];
    for (const s of [1, 2, 3, 4, 59]) answers.push(await withinLimit(db, 'link:1.2.3.4', perMinute, at(s)));
    expect(answers).toEqual([true, true, true, false, false]);
    expect(await withinLimit(db, 'link:1.2.3.4', perMinute, at(60))).toBe(true);
  });

  test('each key counts alone', async () => {
    for (let i = 0; i < 5; i++) await withinLimit(db, 'link:1.2.3.4', perMinute, at(1));
    expect(await withinLimit(db, 'link:5.6.7.8', perMinute, at(1))).toBe(true);
  });

  test('two processes sharing the database count together, also when they knock at once', async () => {
    const other = await openDatabase({ sqliteFile: path.join(dir, 'ledger.sqlite') });
    try {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => withinLimit(i % 2 ? db : other, 'inbound:9.9.9.9', perMinute, at(5))),
      );
      expect(answers.filter(Boolean)).toHaveLength(3);
    } finally {
      await other.destroy();
    }
  });

  test("a new window clears the key's older windows", async () => {
    await withinLimit(db, 'k', perMinute, at(1));
    await withinLimit(db, 'k', perMinute, at(61));
    expect(await db.selectFrom('rate_limits').select('window_start').execute()).toEqual([{ window_start: at(60) }]);
  });
});
