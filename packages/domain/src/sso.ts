// Single sign-on (OpenID Connect): what the sign-in page offers, why a sign-in was refused, and
// which identity-token claims count as a verified email. Pure rules: the protocol is in the API.

/** Why a single sign-on ended back on the sign-in page: `/sign-in?sso_error=<code>`. */
export const SSO_ERROR_CODES = [
  'not_configured',
  'no_app_origin',
  'provider_down',
  'expired',
  'cancelled',
  'failed',
  'unverified_email',
  'no_account',
  'deactivated',
] as const;
export type TSsoErrorCode = (typeof SSO_ERROR_CODES)[number];

export function isSsoErrorCode(value: unknown): value is TSsoErrorCode {
  return typeof value === 'string' && (SSO_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * The words the sign-in page shows for a refused single sign-on. `organisationName` names the
 * trust whose sign-in it was, when the page knows it.
 */
export function ssoErrorMessage(code: TSsoErrorCode, organisationName?: string): string {
  const who = organisationName ? `${organisationName} sign-in` : "Your trust's sign-in";
  switch (code) {
    case 'not_configured':
      return 'Single sign-on is not set up for this trust. Sign in with your email address and password.';
    case 'no_app_origin':
      return 'Single sign-on needs the server\u2019s public address (APP_ORIGIN). Ask your administrator to set it, or use your password.';
    case 'provider_down':
      return `${who} is not answering; try again or use your password.`;
    case 'expired':
      return 'That sign-in took too long or was already used. Start again.';
    case 'cancelled':
      return `${who} did not sign you in. Start again, or use your password.`;
    case 'failed':
      return `${who} could not be checked. Start again, or use your password.`;
    case 'unverified_email':
      return `${who} did not confirm your email address, so you cannot be signed in with it.`;
    case 'no_account':
      return 'There is no Belonging Tracker account for your email address in this trust. Ask your EDI team to add you.';
    case 'deactivated':
      return 'Your Belonging Tracker account has been deactivated. Ask your EDI team if you need it again.';
  }
}

/** What the sign-in page offers: one button per trust with single sign-on, and whether the password form starts open. */
export type TSignInOptions = {
  sso: { organisationName: string; startUrl: string }[];
  /** False when password sign-in is off for the trust(s) with SSO: the form sits behind a link, for the break-glass admin. */
  passwordFormOpen: boolean;
};

export function passwordSignInDisabledMessage(organisationName: string): string {
  return `Password sign-in is turned off for ${organisationName}. Use "Sign in with ${organisationName}".`;
}

/** Where the app may send someone after signing in: a path on this site, never another origin. */
export function safeReturnPath(next: string | null | undefined): string {
  if (!next || next.length > 512) return '/';
  // One leading slash, no scheme-relative `//host`, no backslash (browsers read `/\host` as `//host`).
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  if ([...next].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)) return '/';
  return next;
}

/** Claims of an OpenID Connect identity (the ID token, or the userinfo answer). */
export type TIdentityClaims = Record<string, unknown>;

const MICROSOFT_ISSUER =
  /^https:\/\/login\.microsoftonline\.(com|us)\/|^https:\/\/sts\.windows\.net\//;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The person's email address when the provider vouches for it, lower-cased, else null.
 * Any provider: `email` with `email_verified: true`. Microsoft Entra ID sends no `email_verified`:
 * its `email` claim (or, when absent, `preferred_username`, the sign-in name that is an address
 * in an NHS tenant) is accepted because the tenant issued it; an explicit `email_verified: false`
 * is still refused.
 */
export function verifiedEmailFromClaims(claims: TIdentityClaims, issuer: string): string | null {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (claims.email_verified === true || claims.email_verified === 'true') {
    return EMAIL.test(email) ? email : null;
  }
  if (claims.email_verified !== undefined || !MICROSOFT_ISSUER.test(issuer)) return null;
  const name =
    typeof claims.preferred_username === 'string'
      ? claims.preferred_username.trim().toLowerCase()
      : '';
  const chosen = email || name;
  return EMAIL.test(chosen) ? chosen : null;
}
