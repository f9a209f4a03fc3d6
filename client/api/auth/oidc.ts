import type { Configuration } from 'openid-client';
import type { OidcSettings } from '../../../config/web';
import type { Role } from '../../../domain/access';
import { providerRole } from './providerRole';

/** What the browser's round trip to the provider must bring back to be ours: kept in a short-lived cookie. */
interface Pending {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

export type ProviderPerson = { subject: string; name: string; role: Role } | { refused: 'no-role'; subject: string };

/** Sign-in through the identity provider: the authorization code flow with PKCE, state and nonce. */
export interface OidcSignIn {
  /** Where to send the browser, and what to keep until it comes back. */
  begin(next: string): Promise<{ url: string; pending: string }>;
  /** The person the provider vouches for on the callback, with the role its claim gives; throws if the round trip fails a check. */
  finish(callbackUrl: URL, pending: string): Promise<ProviderPerson & { next: string }>;
}

const loopback = (url: string) => ['localhost', '127.0.0.1', '[::1]'].includes(new URL(url).hostname);

/**
 * openid-client is an ES module: it is loaded on the first sign-in, inside the server, never where no
 * provider is configured. Discovery is retried on the next sign-in when the provider could not be reached.
 */
export function oidcSignIn(settings: OidcSettings, redirectUri: string): OidcSignIn {
  const library = () => import('openid-client');
  let configuration: Promise<Configuration> | undefined;
  const config = () =>
    (configuration ??= library()
      .then((oidc) =>
        oidc.discovery(
          new URL(settings.issuer),
          settings.clientId,
          undefined,
          oidc.ClientSecretBasic(settings.clientSecret),
          // Plain http only for a provider on this machine (a test's or a developer's).
          loopback(settings.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
        ),
      )
      .catch((err: unknown) => {
        configuration = undefined;
        throw err;
      }));

  return {
    async begin(next) {
      const [oidc, c] = await Promise.all([library(), config()]);
      const pending: Pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), next };
      const url = oidc.buildAuthorizationUrl(c, {
        redirect_uri: redirectUri,
        scope: 'openid profile email',
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending: Buffer.from(JSON.stringify(pending)).toString('base64url') };
    },

    async finish(callbackUrl, kept) {
      const [oidc, c] = await Promise.all([library(), config()]);
      const pending = JSON.parse(Buffer.from(kept, 'base64url').toString('utf8')) as Pending;
      const tokens = await oidc.authorizationCodeGrant(c, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('the provider returned no ID token');
      // The role claim may come in the ID token or only from the userinfo endpoint.
      const claims: Record<string, unknown> =
        settings.roleClaim in idToken ? idToken : { ...(await oidc.fetchUserInfo(c, tokens.access_token, idToken.sub)), ...idToken };
      const role = providerRole(claims[settings.roleClaim], settings);
      const name = [claims.name, claims.preferred_username, claims.email, idToken.sub].find(
        (v): v is string => typeof v === 'string' && !!v,
      )!;
      return role
        ? { subject: idToken.sub, name, role, next: pending.next }
        : { refused: 'no-role', subject: idToken.sub, next: pending.next };
    },
  };
}
