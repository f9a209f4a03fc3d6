import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSettings } from '../../config';
import { ValidationError } from '../../domain/validation';

/** Files as an operator has them: a private key in PKCS#8 PEM, certificates in PEM armour. */
function pemFiles() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'temporal-tls-'));
  const certificate = (name: string) =>
    `-----BEGIN CERTIFICATE-----\n${Buffer.from(`certificate of ${name}`).toString('base64')}\n-----END CERTIFICATE-----\n`;
  const files = {
    ca: [path.join(dir, 'ca.pem'), certificate('the county CA')],
    cert: [path.join(dir, 'client.pem'), certificate('the guideline engine')],
    key: [
      path.join(dir, 'client.key'),
      crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    ],
  } as const;
  for (const [file, contents] of Object.values(files)) fs.writeFileSync(file, contents);
  return {
    dir,
    path: (f: keyof typeof files) => files[f][0],
    contents: (f: keyof typeof files) => files[f][1],
  };
}

const connection = (env: NodeJS.ProcessEnv) => loadSettings(env).temporal.connection;

const problems = (env: NodeJS.ProcessEnv) => {
  try {
    loadSettings(env);
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as ValidationError).problems;
  }
  throw new Error('expected a rejection');
};

describe("connection options from Temporal's standard variables", () => {
  const pem = pemFiles();
  afterAll(() => fs.rmSync(pem.dir, { recursive: true, force: true }));

  test('a cluster with mutual TLS is configuration only: client certificate and key, server CA, server name', () => {
    const settings = loadSettings({
      TEMPORAL_ADDRESS: 'guidelines.a1b2c.tmprl.cloud:7233',
      TEMPORAL_NAMESPACE: 'guidelines.a1b2c',
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: pem.path('ca'),
      TEMPORAL_TLS_CLIENT_CERT_PATH: pem.path('cert'),
      TEMPORAL_TLS_CLIENT_KEY_PATH: pem.path('key'),
      TEMPORAL_TLS_SERVER_NAME: 'guidelines.internal',
    });
    expect(settings.temporal.namespace).toBe('guidelines.a1b2c');
    const options = settings.temporal.connection;
    expect(options.address).toBe('guidelines.a1b2c.tmprl.cloud:7233');
    expect(options.apiKey).toBeUndefined();
    const tls = options.tls as Exclude<typeof options.tls, boolean | null | undefined>;
    expect(tls.serverNameOverride).toBe('guidelines.internal');
    expect(Buffer.from(tls.serverRootCACertificate!).toString()).toBe(pem.contents('ca'));
    expect(Buffer.from(tls.clientCertPair!.crt).toString()).toBe(pem.contents('cert'));
    expect(Buffer.from(tls.clientCertPair!.key).toString()).toBe(pem.contents('key'));
  });

  test('a server CA alone: TLS against a private CA, no client certificate', () => {
    const { tls } = connection({ TEMPORAL_ADDRESS: 'temporal.example.se:7233', TEMPORAL_TLS_SERVER_CA_CERT_PATH: pem.path('ca') });
    expect(tls).toMatchObject({ clientCertPair: undefined });
    expect(Buffer.from((tls as { serverRootCACertificate: Uint8Array }).serverRootCACertificate).toString()).toBe(pem.contents('ca'));
  });

  test('an API key turns TLS on with the system roots', () => {
    expect(connection({ TEMPORAL_API_KEY: 'secret' })).toEqual({ address: 'localhost:7233', apiKey: 'secret', tls: true });
  });

  test('TEMPORAL_TLS=false keeps TLS off even with an API key; TEMPORAL_TLS=true turns it on alone', () => {
    expect(connection({ TEMPORAL_API_KEY: 'secret', TEMPORAL_TLS: 'false' }).tls).toBe(false);
    expect(connection({ TEMPORAL_TLS: 'true' }).tls).toMatchObject({ clientCertPair: undefined, serverRootCACertificate: undefined });
  });

  describe('a profile of the TOML file', () => {
    const file = path.join(pem.dir, 'temporal.toml');
    beforeAll(() =>
      fs.writeFileSync(
        file,
        [
          '[profile.default]',
          'address = "localhost:7233"',
          '',
          '[profile.county]',
          'address = "temporal.example.se:7233"',
          'namespace = "guidelines"',
          '[profile.county.tls]',
          `client_cert_path = "${pem.path('cert')}"`,
          `client_key_path = "${pem.path('key')}"`,
          `server_ca_cert_path = "${pem.path('ca')}"`,
          '',
          '[profile.halfpair.tls]',
          `client_cert_path = "${pem.path('cert')}"`,
        ].join('\n'),
      ),
    );

    test('TEMPORAL_PROFILE chooses it in TEMPORAL_CONFIG_FILE', () => {
      const { temporal } = loadSettings({ TEMPORAL_CONFIG_FILE: file, TEMPORAL_PROFILE: 'county' });
      expect(temporal.namespace).toBe('guidelines');
      expect(temporal.connection.address).toBe('temporal.example.se:7233');
      expect(temporal.connection.tls).toMatchObject({
        clientCertPair: { crt: Buffer.from(pem.contents('cert')), key: Buffer.from(pem.contents('key')) },
        serverRootCACertificate: Buffer.from(pem.contents('ca')),
      });
    });

    test('without TEMPORAL_PROFILE the default profile applies, and variables override the file', () => {
      expect(loadSettings({ TEMPORAL_CONFIG_FILE: file }).temporal).toEqual({
        namespace: 'default',
        connection: { address: 'localhost:7233' },
      });
      expect(
        loadSettings({ TEMPORAL_CONFIG_FILE: file, TEMPORAL_PROFILE: 'county', TEMPORAL_NAMESPACE: 'guidelines-test' }).temporal.namespace,
      ).toBe('guidelines-test');
    });

    test.each([
      [{ TEMPORAL_PROFILE: 'nowhere' }, `TEMPORAL_PROFILE: no profile nowhere in TEMPORAL_CONFIG_FILE (${file})`],
      [
        { TEMPORAL_PROFILE: 'halfpair' },
        `tls.client_key_path of profile halfpair in TEMPORAL_CONFIG_FILE (${file}): tls.client_cert_path and tls.client_key_path go together`,
      ],
    ])('refuses %j', (env, message) => {
      expect(problems({ TEMPORAL_CONFIG_FILE: file, ...env })).toEqual([message]);
    });
  });

  test.each([
    [
      { TEMPORAL_TLS_CLIENT_KEY_PATH: pem.path('key') },
      ['TEMPORAL_TLS_CLIENT_CERT_PATH: TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH go together'],
    ],
    [{ TEMPORAL_TLS_SERVER_CA_CERT_PATH: '/nowhere/ca.pem' }, ['TEMPORAL_TLS_SERVER_CA_CERT_PATH: no file at /nowhere/ca.pem']],
    [{ TEMPORAL_CONFIG_FILE: '/nowhere/temporal.toml' }, ['TEMPORAL_CONFIG_FILE: no file at /nowhere/temporal.toml']],
    [{ TEMPORAL_TLS: 'on' }, ['TEMPORAL_TLS: must be true or false']],
  ])('refuses a bad combination or value %j, naming the variable', (env, expected) => {
    expect(problems(env)).toEqual(expected);
  });

  test.each([
    ['TEMPORAL_TLS_CA_PATH', 'TEMPORAL_TLS_SERVER_CA_CERT_PATH'],
    ['TEMPORAL_TLS_CERT_PATH', 'TEMPORAL_TLS_CLIENT_CERT_PATH'],
    ['TEMPORAL_TLS_KEY_PATH', 'TEMPORAL_TLS_CLIENT_KEY_PATH'],
  ])('refuses the replaced name %s, naming %s instead', (old, standard) => {
    expect(problems({ [old]: pem.path('ca') })).toEqual([`${old}: no longer read; set ${standard}, the name the Temporal CLI uses`]);
  });
});
