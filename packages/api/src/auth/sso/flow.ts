import { createHash, randomBytes } from 'node:crypto';
import {
  claimSsoAttempt,
  createSsoAccount,
  createSsoAttempt,
  findSsoPerson,
  hashPassword,
  type Db,
} from '@belonging/db';
import { safeReturnPath, verifiedEmailFromClaims, type TSsoErrorCode } from '@belonging/domain';
import * as oidc from 'openid-client';
import { openSession } from '../open-session.ts';
import { ProviderDownError, type SingleSignOn, type TrustSso } from './single-sign-on.ts';

// The OpenID Connect authorization code flow with PKCE. `state`, `nonce` and the PKCE verifier
// stay on the server in an SsoSignInAttempt found by the state's hash; the browser also carries
// the state in a short-lived cookie, so a callback only counts in the browser that started it.

/** A sign-in has this long between leaving for the provider and coming back. */
export const SSO_ATTEMPT_MS = 10 * 60 * 1000;
export const SSO_STATE_COOKIE = 'bt_sso_state';
const SCOPES = 'openid profile email';

export type SsoFlowDeps = { db: Db; sso: SingleSignOn; now: Date; secure: boolean };

/**
 * Where to send the browser next, with any cookies to set; `refused` says why it went back to
 * sign-in, and `detail` the protocol's own code for a failed check (for the log: never personal).
 */
export type SsoAnswer = {
  location: string;
  setCookies: string[];
  refused?: TSsoErrorCode;
  detail?: string;
};

const hashState = (state: string) => createHash('sha256').update(state).digest('hex');

function stateCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SSO_STATE_COOKIE}=${value}; Path=/auth/sso; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

function refuse(code: TSsoErrorCode, setCookies: string[] = [], detail?: string): SsoAnswer {
  return { location: `/sign-in?sso_error=${code}`, setCookies, refused: code, detail };
}

/** The error's protocol code (`invalid_grant`, `OAUTH_JWT_CLAIM_COMPARISON_FAILED`), never its message. */
function protocolCode(error: unknown): string {
  if (error instanceof oidc.ResponseBodyError || error instanceof oidc.AuthorizationResponseError)
    return error.error;
  if (error instanceof oidc.ClientError && error.code) return error.code;
  return error instanceof Error ? error.name : 'unknown';
}

/** Starts a sign-in with the trust's provider (by slug, or the only trust with SSO): off to its sign-in page. */
export async function startSsoSignIn(
  deps: SsoFlowDeps,
  input: { trust?: string | null; next?: string | null },
): Promise<SsoAnswer> {
  const redirectUri = deps.sso.redirectUri;
  if (!redirectUri) return refuse('no_app_origin');
  const trust = input.trust
    ? await deps.sso.forTrust(deps.db, input.trust)
    : await deps.sso.onlyTrust(deps.db);
  if (!trust) return refuse('not_configured');
  let config: oidc.Configuration;
  try {
    config = await deps.sso.configuration(trust);
  } catch (error) {
    if (error instanceof ProviderDownError) return refuse('provider_down');
    throw error;
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  await createSsoAttempt(
    deps.db,
    {
      organisationId: trust.organisationId,
      stateHash: hashState(state),
      nonce,
      codeVerifier,
      returnTo: safeReturnPath(input.next),
      expiresAt: new Date(deps.now.getTime() + SSO_ATTEMPT_MS),
    },
    deps.now,
  );
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: SCOPES,
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return {
    location: url.href,
    setCookies: [stateCookie(state, SSO_ATTEMPT_MS / 1000, deps.secure)],
  };
}

/** The provider did not answer, as opposed to answering "no". */
function isProviderDown(error: unknown): boolean {
  if (error instanceof ProviderDownError) return true;
  if (error instanceof TypeError && error.message === 'fetch failed') return true;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return true;
  return error instanceof oidc.ClientError && error.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM';
}

/** The claims the ID token carries, with the userinfo answer's when the token has no email. */
async function identityClaims(
  config: oidc.Configuration,
  tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>,
): Promise<Record<string, unknown>> {
  const claims = tokens.claims();
  if (!claims) throw new Error('The provider answered without an ID token.');
  if (claims.email !== undefined || !config.serverMetadata().userinfo_endpoint) return claims;
  const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
  return { ...info, ...claims, email: info.email, email_verified: info.email_verified };
}

function displayName(claims: Record<string, unknown>, email: string): string {
  const pick = (key: string) => (typeof claims[key] === 'string' ? claims[key].trim() : '');
  const full = pick('name') || [pick('given_name'), pick('family_name')].filter(Boolean).join(' ');
  return (full || email.split('@')[0] || email).slice(0, 120);
}

/** The person the provider vouched for, as a user id in the trust, or why they are refused. */
async function matchPerson(
  db: Db,
  trust: TrustSso,
  claims: Record<string, unknown>,
): Promise<{ userId: string } | { refused: TSsoErrorCode }> {
  const email = verifiedEmailFromClaims(claims, trust.issuer);
  if (!email) return { refused: 'unverified_email' };
  const person = await findSsoPerson(db, { organisationId: trust.organisationId, email });
  if (person && !person.isActive) return { refused: 'deactivated' };
  if (person?.isMember) return { userId: person.id };
  // An account of another trust is never joined to this one by a sign-in: its EDI team adds people.
  if (person || !trust.createAccounts || !trust.newAccountRole) return { refused: 'no_account' };
  const created = await createSsoAccount(db, {
    organisationId: trust.organisationId,
    email,
    name: displayName(claims, email),
    role: trust.newAccountRole,
    passwordHash: await hashPassword(randomBytes(32).toString('base64url')),
  });
  return { userId: created.id };
}

/**
 * The provider's answer at the redirect URI: checks state (once only), PKCE, nonce, issuer and
 * audience, matches the verified email to an active member of the trust, and signs them in.
 */
export async function finishSsoSignIn(
  deps: SsoFlowDeps,
  input: { search: string; stateCookie?: string | null },
): Promise<SsoAnswer> {
  const cleared = [stateCookie('', 0, deps.secure)];
  const redirectUri = deps.sso.redirectUri;
  if (!redirectUri) return refuse('no_app_origin', cleared);
  const params = new URLSearchParams(input.search);
  const state = params.get('state');
  // Only the browser that started this sign-in may finish it; a forged link leaves its cookie be.
  if (!state || state !== input.stateCookie) return refuse('expired');
  const attempt = await claimSsoAttempt(deps.db, { stateHash: hashState(state), now: deps.now });
  if (!attempt) return refuse('expired', cleared);
  const trust = await deps.sso.forTrust(deps.db, attempt.organisationId);
  if (!trust) return refuse('not_configured', cleared);
  if (params.has('error')) return refuse('cancelled', cleared);

  let claims: Record<string, unknown>;
  try {
    const config = await deps.sso.configuration(trust);
    const currentUrl = new URL(redirectUri);
    currentUrl.search = params.toString();
    const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedNonce: attempt.nonce,
      expectedState: state,
      idTokenExpected: true,
    });
    claims = await identityClaims(config, tokens);
  } catch (error) {
    const code = isProviderDown(error) ? 'provider_down' : 'failed';
    return refuse(code, cleared, protocolCode(error));
  }

  const matched = await matchPerson(deps.db, trust, claims);
  if ('refused' in matched) return refuse(matched.refused, cleared);
  const session = await openSession(deps.db, {
    userId: matched.userId,
    organisationId: trust.organisationId,
    now: deps.now,
    secure: deps.secure,
    via: 'sso',
  });
  return { location: attempt.returnTo, setCookies: [...cleared, session] };
}
