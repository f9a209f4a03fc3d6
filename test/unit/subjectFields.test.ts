import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, Store } from '../../activities/store/database';
import { findSubject, subjectOf } from '../../activities/store/readModel';
import { subjectsWithFields } from '../../activities/store/subjectFields';
import { openRound, seedRound } from '../support/consultationSubjects';

describe('subjects with only some fields of their views, cut by the database', () => {
  let dir: string;
  let db: Store;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'subject-fields-'));
    db = await openDatabase({ sqliteFile: path.join(dir, 'ledger.sqlite') });
    await seedRound(db, openRound());
    await seedRound(db, openRound({ guidelineId: 'consent', status: 'closed', closeReason: 'Alla har svarat' }));
  });
  afterAll(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('each view holds the named fields as stored, objects and lists whole, and a field it lacks as null; the columns are all there', async () => {
    const rows = await subjectsWithFields(db, { kind: 'consultation' }, ['round', 'progress', 'closeReason']).execute();
    // Both due the same day: by workflow id.
    const [closed, open] = rows.map((row) => subjectOf<Record<string, unknown>>(row));
    const whole = await findSubject(db, 'guideline/expected-child/consultation/1');
    expect(open).toEqual({ ...whole, view: { round: 1, progress: openRound().progress, closeReason: null } });
    expect(closed.view).toEqual({ round: 1, progress: openRound().progress, closeReason: 'Alla har svarat' });
  });

  test('the filter is subjectsWhere’s, and no field at all is an empty view', async () => {
    const rows = await subjectsWithFields(db, { kind: 'consultation', status: ['closed'] }, []).execute();
    expect(rows.map((row) => [row.workflow_id, row.view])).toEqual([['guideline/consent/consultation/1', '{}']]);
  });
});
