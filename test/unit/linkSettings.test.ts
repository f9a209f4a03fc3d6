import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSettings } from '../../config';
import { loadLinkSettings } from '../../config/links';
import { ValidationError } from '../../domain/validation';

let dataDir: string;
beforeEach(() => (dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'link-settings-'))));
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const load = (env: NodeJS.ProcessEnv) => loadLinkSettings(loadSettings({ DATA_DIR: dataDir, ...env }), env);

describe('what the worker needs for personal links', () => {
  test('by default: the pages on WEB_PORT, replies to the sender address, a secret made once in the data folder', () => {
    const first = load({ MAIL_FROM: 'Riktlinjer <riktlinjer@vgregion.example>' });
    expect(first.publicUrl).toBe('http://localhost:3000');
    expect(first.replyAddress).toBe('riktlinjer@vgregion.example');
    const file = path.join(dataDir, 'link-secret');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(first.secret).toString()).toBe(fs.readFileSync(file, 'utf8'));
    expect(Buffer.from(load({}).secret)).toEqual(Buffer.from(first.secret));
    expect(fs.readdirSync(dataDir)).toEqual(['link-secret']);
  });

  test('PUBLIC_URL, INBOUND_ADDRESS and LINK_SECRET as set; no file is made', () => {
    const settings = load({
      PUBLIC_URL: 'https://riktlinjer.vgregion.example/',
      INBOUND_ADDRESS: 'svar@riktlinjer.vgregion.example',
      LINK_SECRET: 'x'.repeat(40),
    });
    expect(settings).toEqual({
      publicUrl: 'https://riktlinjer.vgregion.example',
      replyAddress: 'svar@riktlinjer.vgregion.example',
      secret: Buffer.from('x'.repeat(40)),
    });
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  test.each([
    [{ LINK_SECRET: 'short' }, 'LINK_SECRET: must be at least 32 characters'],
    [{ INBOUND_ADDRESS: 'svar-at-example' }, 'INBOUND_ADDRESS: must be an e-mail address'],
    [{ PUBLIC_URL: 'ftp://example.se' }, 'PUBLIC_URL: must be an http:// or https:// URL'],
  ])('%j is refused, naming the variable', (env, problem) => {
    expect(() => load(env)).toThrow(new ValidationError([problem]));
  });
});
