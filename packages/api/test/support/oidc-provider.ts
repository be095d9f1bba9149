import { createSign, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

// A real OpenID provider in the test's own process (oidc-provider), with its own signing key, for
// the single sign-on tests of the API, the server and the browser. People sign in on its built-in
// development login page: any password, the login is the account (an email address). Test-only.

export type TestOidcClient = {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
};

/** An account's claims when they differ from the default (email = the login, verified). */
export type TestOidcAccount = { email?: string; emailVerified?: boolean; name?: string };

export type TestOidcProvider = {
  issuer: string;
  /** Claims of the next ID tokens are rewritten (then re-signed with the provider's key); null stops it. */
  tamperIdTokens: (
    rewrite: ((claims: Record<string, unknown>) => Record<string, unknown>) | null,
  ) => void;
  close: () => Promise<void>;
};

function signJwt(header: Record<string, unknown>, claims: Record<string, unknown>, key: KeyObject) {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part(header)}.${part(claims)}`;
  const signature = createSign('RSA-SHA256').update(input).sign(key).toString('base64url');
  return `${input}.${signature}`;
}

/** Starts the provider on `port` (a free one by default) at http://localhost:<port>. */
export async function startOidcProvider(opts: {
  clients: TestOidcClient[];
  accounts?: Record<string, TestOidcAccount>;
  port?: number;
  /** False: the email claims come only from the userinfo endpoint, as the spec's strict reading has it. */
  emailInIdToken?: boolean;
}): Promise<TestOidcProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  let rewrite: ((claims: Record<string, unknown>) => Record<string, unknown>) | null = null;

  let handler: http.RequestListener = (_req, res) => res.writeHead(503).end();
  const server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;

  const configuration: Configuration = {
    clients: opts.clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: c.redirectUris,
      post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    })),
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // By default the email claims go in the ID token, as Entra ID and most providers do.
    conformIdTokenClaims: opts.emailInIdToken === false,
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    // Lifetimes in seconds, set so the provider does not warn about its defaults.
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 3600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
    },
    // A first-party client: no consent page after the login page.
    loadExistingGrant: async (ctx: KoaContextWithOIDC) => {
      const { client, session, provider } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId = session.grantIdFor(client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile email');
      await grant.save();
      return grant;
    },
    findAccount: (_ctx, sub) => {
      const account = opts.accounts?.[sub] ?? {};
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email ?? sub,
          email_verified: account.emailVerified ?? true,
          name: account.name ?? sub.split('@')[0],
        }),
      };
    },
  };
  const provider = new Provider(issuer, configuration);
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (!rewrite || ctx.path !== '/token' || typeof body?.id_token !== 'string') return;
    const [head, payload] = body.id_token.split('.');
    const header = JSON.parse(Buffer.from(head ?? '', 'base64url').toString()) as object;
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object;
    ctx.body = {
      ...body,
      id_token: signJwt({ ...header }, rewrite({ ...claims }), privateKey),
    };
  });
  const answer = provider.callback();
  handler = (req, res) => void answer(req, res);

  return {
    issuer,
    tamperIdTokens: (fn) => {
      rewrite = fn;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
