import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBodies, loadOrganisations, loadSettings } from '../../config';
import { ValidationError } from '../../domain/validation';

const problems = (env: NodeJS.ProcessEnv) => {
  try {
    loadSettings(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as ValidationError).problems;
  }
  throw new Error('expected a rejection');
};

describe('settings from the environment', () => {
  test('defaults to the embedded dev server, the default namespace and the outbox', () => {
    const s = loadSettings({});
    expect(s).toMatchObject({ TEMPORAL_TASK_QUEUE: 'guidelines' });
    expect(s.SMTP_URL).toBeUndefined();
    expect(s.temporal).toEqual({ namespace: 'default', connection: { address: 'localhost:7233', apiKey: undefined, tls: undefined } });
  });

  test('empty variables count as unset', () => {
    expect(loadSettings({ SMTP_URL: '', TEMPORAL_NAMESPACE: '' }).temporal.namespace).toBe('default');
  });

  test.each([
    [{ TEMPORAL_ADDRESS: 'temporal.example.se' }, 'TEMPORAL_ADDRESS: must be host:port'],
    [{ SMTP_URL: 'http://mail.example.se' }, 'SMTP_URL: must be an smtp:// or smtps:// URL'],
    [{ TEMPORAL_TLS: 'yes' }, 'TEMPORAL_TLS: '],
    [{ TEMPORAL_UI_PORT: 'eight' }, 'TEMPORAL_UI_PORT: '],
    [
      { TEMPORAL_TLS_CLIENT_CERT_PATH: __filename },
      'TEMPORAL_TLS_CLIENT_KEY_PATH: TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH go together',
    ],
  ])('rejects %j', (env, message) => {
    expect(problems(env).join('\n')).toContain(message);
  });

  test('names every wrong variable at once, of the project and of Temporal', () => {
    expect(problems({ SMTP_URL: 'http://mail.example.se', TEMPORAL_ADDRESS: 'temporal.example.se' })).toEqual([
      'SMTP_URL: must be an smtp:// or smtps:// URL',
      'TEMPORAL_ADDRESS: must be host:port',
    ]);
  });
});

describe('data files', () => {
  test('the shipped organisations and bodies load', () => {
    const s = loadSettings({});
    expect(loadOrganisations(s).organisations.filter((o) => o.kind === 'municipality')).toHaveLength(49);
    expect(
      loadBodies(s)
        .bodies.map((b) => b.id)
        .sort(),
    ).toEqual(['SRO', 'VVG']);
  });

  test('a broken organisations file is refused, naming the file and the field', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'orgs-')), 'organisations.json');
    fs.writeFileSync(file, JSON.stringify({ organisations: [{ id: 'kommun-x', kind: 'municipality', name: 'X', subregion: 'atlantis' }] }));
    expect(() => loadOrganisations(loadSettings({ ORGANISATIONS_FILE: file }))).toThrow(
      'organisations.0.subregion: unknown organisation atlantis',
    );
    fs.writeFileSync(file, '{ not json');
    expect(() => loadOrganisations(loadSettings({ ORGANISATIONS_FILE: file }))).toThrow(/^ORGANISATIONS_FILE \(.*\): /);
  });
});
