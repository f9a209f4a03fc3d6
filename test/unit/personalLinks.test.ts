import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueLink, linkOf, tokenFor } from '../../activities/links/personalLinks';
import { openDatabase, Store } from '../../activities/store/database';
import type { LinkScope } from '../../domain/links/personalLink';

const secret = crypto.randomBytes(32);
const scope: LinkScope = {
  act: 'consultation.answer',
  workflowId: 'guideline/consent/consultation/1',
  organisationId: 'kommun-ale',
  contact: { name: 'Registrator Ale', email: 'Registrator@Ale.se' },
};

let dir: string;
let db: Store;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
  db = await openDatabase({ sqliteFile: path.join(dir, 'ledger.sqlite') });
});
afterEach(async () => {
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('personal links: a token per ask, its hash and scope in the database', () => {
  test('every mail of one ask carries the same token, whatever the case of the address; another ask, or another secret, another', () => {
    const token = tokenFor(secret, scope);
    expect(token).toMatch(/^[a-z2-7]{26}$/);
    expect(tokenFor(secret, { ...scope, contact: { ...scope.contact, email: 'registrator@ale.se' } })).toBe(token);
    expect(tokenFor(secret, { ...scope, organisationId: 'kommun-boras' })).not.toBe(token);
    expect(tokenFor(secret, { ...scope, act: 'implementation.confirm' })).not.toBe(token);
    expect(tokenFor(secret, { ...scope, workflowId: 'guideline/consent/consultation/2' })).not.toBe(token);
    expect(tokenFor(crypto.randomBytes(32), scope)).not.toBe(token);
  });

  test('an issued token opens its scope; issuing it again keeps one row, and only the hash is stored', async () => {
    const token = await issueLink(db, secret, scope, new Date('2027-01-04T07:00:00Z'));
    expect(await issueLink(db, secret, scope)).toBe(token);
    const rows = await db.selectFrom('personal_links').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await linkOf(db, token)).toEqual({
      token_hash: rows[0].token_hash,
      act: 'consultation.answer',
      workflow_id: 'guideline/consent/consultation/1',
      organisation_id: 'kommun-ale',
      contact_name: 'Registrator Ale',
      contact_email: 'registrator@ale.se',
      created_at: '2027-01-04T07:00:00.000Z',
    });
  });

  test('an unknown token, a tampered one and anything that is not a token open nothing', async () => {
    const token = await issueLink(db, secret, scope);
    const tampered = `${token.slice(0, 25)}${token[25] === 'a' ? 'b' : 'a'}`;
    expect(await linkOf(db, tampered)).toBeUndefined();
    expect(await linkOf(db, tokenFor(secret, { ...scope, organisationId: 'kommun-boras' }))).toBeUndefined();
    for (const other of ['', `${token}x`, token.toUpperCase(), "' or 1=1 --", '../../etc/passwd'])
      expect(await linkOf(db, other)).toBeUndefined();
  });
});
