import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBodies, loadOrganisations, loadSettings, temporalConnectionOptions } from '../../config';
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
    expect(s).toMatchObject({ TEMPORAL_ADDRESS: 'localhost:7233', TEMPORAL_NAMESPACE: 'default', TEMPORAL_TASK_QUEUE: 'guidelines' });
    expect(s.SMTP_URL).toBeUndefined();
    expect(temporalConnectionOptions(s)).toEqual({ address: 'localhost:7233', apiKey: undefined, tls: undefined });
  });

  test('empty variables count as unset', () => {
    expect(loadSettings({ SMTP_URL: '', TEMPORAL_NAMESPACE: '' }).TEMPORAL_NAMESPACE).toBe('default');
  });

  test.each([
    [{ TEMPORAL_ADDRESS: 'temporal.example.se' }, 'TEMPORAL_ADDRESS: must be host:port'],
    [{ SMTP_URL: 'http://mail.example.se' }, 'SMTP_URL: must be an smtp:// or smtps:// URL'],
    [{ TEMPORAL_TLS: 'yes' }, 'TEMPORAL_TLS: '],
    [{ TEMPORAL_TLS_CERT_PATH: '/etc/client.pem' }, 'TEMPORAL_TLS_KEY_PATH: TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH go together'],
  ])('rejects %j', (env, message) => {
    expect(problems(env).join('\n')).toContain(message);
  });

  test('a cluster with mutual TLS is configuration only', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tls-'));
    for (const f of ['ca.pem', 'client.pem', 'client.key']) fs.writeFileSync(path.join(dir, f), `contents of ${f}`);
    const options = temporalConnectionOptions(
      loadSettings({
        TEMPORAL_ADDRESS: 'guidelines.a1b2c.tmprl.cloud:7233',
        TEMPORAL_NAMESPACE: 'guidelines.a1b2c',
        TEMPORAL_TLS_CA_PATH: path.join(dir, 'ca.pem'),
        TEMPORAL_TLS_CERT_PATH: path.join(dir, 'client.pem'),
        TEMPORAL_TLS_KEY_PATH: path.join(dir, 'client.key'),
        TEMPORAL_TLS_SERVER_NAME: 'guidelines.internal',
      }),
    );
    expect(options.address).toBe('guidelines.a1b2c.tmprl.cloud:7233');
    expect(options.tls?.serverNameOverride).toBe('guidelines.internal');
    expect(options.tls?.serverRootCACertificate?.toString()).toBe('contents of ca.pem');
    expect(options.tls?.clientCertPair?.crt.toString()).toBe('contents of client.pem');
    expect(options.tls?.clientCertPair?.key.toString()).toBe('contents of client.key');
  });

  test('an API key turns TLS on with the system roots', () => {
    const options = temporalConnectionOptions(loadSettings({ TEMPORAL_API_KEY: 'secret' }));
    expect(options).toMatchObject({ apiKey: 'secret', tls: { clientCertPair: undefined, serverRootCACertificate: undefined } });
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
