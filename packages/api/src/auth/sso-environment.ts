import type { SsoEnv } from './sso/single-sign-on.ts';

/**
 * True when the environment's provider is the one this trust signs in with: it is complete, and
 * names this trust's slug in OIDC_TRUST or, without it, this is the instance's only trust.
 */
export function environmentSetsTrust(sso: SsoEnv, slug: string, trustCount: number): boolean {
  if (!sso.issuer || !sso.clientId || !sso.clientSecret) return false;
  return sso.trust ? sso.trust === slug : trustCount === 1;
}
