// An OpenID Connect provider on loopback for the sign-in tests: oidc-provider with its development login
// (any password) and consent pages. Run as `node test/support/oidcProvider.mjs <port> <redirect URI>`; prints
// `oidc: listening <issuer>` when ready. Its accounts and the role claim each one carries are below.
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const issuer = `http://localhost:${port}`;

/** Who can sign in, and the values of their `roles` claim (the region's groups, mapped by OIDC_ROLE_MAP). */
const accounts = {
  olle: { name: 'Olle Olsson', email: 'olle@vgregion.example', roles: ['riktlinjer-processagare', 'alla-anstallda'] },
  nils: { name: 'Nils Nilsson', email: 'nils@vgregion.example', roles: ['alla-anstallda'] },
};

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'riktlinjer',
      client_secret: 'riktlinjer-test-secret',
      redirect_uris: [redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: { openid: ['sub'], profile: ['name', 'roles'], email: ['email'] },
  cookies: { keys: ['a key for tests only'] },
  async findAccount(ctx, sub) {
    const account = accounts[sub];
    return account && { accountId: sub, claims: async () => ({ sub, ...account }) };
  },
});

provider.listen(Number(port), '127.0.0.1', () => console.log(`oidc: listening ${issuer}`));
