import { providerRole } from '../../client/api/auth/providerRole';
import { loadWebSettings } from '../../config/web';
import { ValidationError } from '../../domain/validation';

const problems = (env: Record<string, string>) => {
  try {
    loadWebSettings(env);
    return [];
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return err.problems;
  }
};

describe('the web settings (config/web.ts)', () => {
  test('by default: port 3000 on loopback, local accounts, plain cookies', () => {
    expect(loadWebSettings({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      secure: false,
      sessionHours: 10,
      oidc: undefined,
    });
    expect(loadWebSettings({ WEB_PORT: '8080', PUBLIC_URL: 'https://riktlinjer.example/' })).toMatchObject({
      port: 8080,
      publicUrl: 'https://riktlinjer.example',
      secure: true,
    });
  });

  test('OIDC is on when its three variables are set, with the role claim and its map', () => {
    const oidc = loadWebSettings({
      OIDC_ISSUER: 'https://login.example',
      OIDC_CLIENT_ID: 'riktlinjer',
      OIDC_CLIENT_SECRET: 's3cret',
      OIDC_ROLE_MAP: 'rl-admin=admin, rl-po=process-owner',
    }).oidc;
    expect(oidc).toEqual({
      issuer: 'https://login.example',
      clientId: 'riktlinjer',
      clientSecret: 's3cret',
      roleClaim: 'roles',
      roleMap: { 'rl-admin': 'admin', 'rl-po': 'process-owner' },
      defaultRole: undefined,
    });
  });

  test('each wrong variable is named', () => {
    expect(
      problems({ WEB_PORT: '70000', OIDC_ISSUER: 'https://login.example', OIDC_ROLE_MAP: 'x=boss', OIDC_DEFAULT_ROLE: 'boss' }),
    ).toEqual([
      expect.stringMatching(/^WEB_PORT: /),
      expect.stringMatching(/^OIDC_ROLE_MAP: 'x=boss' is not value=role/),
      expect.stringMatching(/^OIDC_DEFAULT_ROLE: /),
      'OIDC_CLIENT_ID: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET go together',
      'OIDC_CLIENT_SECRET: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET go together',
    ]);
  });
});

describe("the role an identity provider's claim gives", () => {
  const settings = { roleMap: { 'rl-sekreterare': 'secretary' as const, 'rl-admin': 'admin' as const } };

  test('a mapped value, or a role by its own name; the widest of several', () => {
    expect(providerRole('rl-sekreterare', settings)).toBe('secretary');
    expect(providerRole(['viewer', 'process-owner'], settings)).toBe('process-owner');
    expect(providerRole(['rl-sekreterare', 'rl-admin', 'other'], settings)).toBe('admin');
  });

  test('no role: refused, unless a default is configured', () => {
    expect(providerRole(undefined, settings)).toBeUndefined();
    expect(providerRole(['staff', 42], settings)).toBeUndefined();
    expect(providerRole('toString', settings)).toBeUndefined();
    expect(providerRole('staff', { ...settings, defaultRole: 'viewer' })).toBe('viewer');
  });
});
