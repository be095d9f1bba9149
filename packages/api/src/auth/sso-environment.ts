import type { SsoEnv } from './sso/single-sign-on.ts';

// The one reader of the single sign-on environment variables, for the host (which hands them to
// SingleSignOn) and for the sign-in settings page (which shows them read-only).

/** The provider the server's environment names: OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_TRUST. */
export function ssoEnvFrom(env: NodeJS.ProcessEnv = process.env): SsoEnv {
  const value = (name: string) => env[name]?.trim() || undefined;
  return {
    issuer: value('OIDC_ISSUER'),
    clientId: value('OIDC_CLIENT_ID'),
    clientSecret: value('OIDC_CLIENT_SECRET'),
    trust: value('OIDC_TRUST'),
  };
}

/**
 * True when the environment's provider is the one this trust signs in with: it is complete, and
 * names this trust's slug in OIDC_TRUST or, without it, this is the instance's only trust.
 */
export function environmentSetsTrust(sso: SsoEnv, slug: string, trustCount: number): boolean {
  if (!sso.issuer || !sso.clientId || !sso.clientSecret) return false;
  return sso.trust ? sso.trust === slug : trustCount === 1;
}
