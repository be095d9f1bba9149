import { z } from 'zod';

// A trust's single sign-on (OpenID Connect) settings and when password sign-in may be turned off.
// The admin app's form and the API check the same rules.

/**
 * Roles a new account made by a first single sign-on may get. Never the EDI team: anyone the
 * provider lets sign in would then control the trust's strategy, people and these settings, so
 * one mistake in the provider's assignments would hand the tracker over. EDI team members are
 * added by name on the People page.
 */
export const NEW_ACCOUNT_ROLES = ['executive_owner', 'board_member', 'network_rep'] as const;
const NEW_ACCOUNT_ROLE_MESSAGE =
  'The role for new accounts must be executive owner, board member or staff network representative (never the EDI team)';
export const ZNewAccountRole = z.enum(NEW_ACCOUNT_ROLES, { error: NEW_ACCOUNT_ROLE_MESSAGE });
export type TNewAccountRole = z.infer<typeof ZNewAccountRole>;

/** Said when a client secret is typed but the server has no SETTINGS_KEY to seal it with. */
export const NO_SETTINGS_KEY_MESSAGE =
  'Set SETTINGS_KEY on the server to store a secret here, or set OIDC_CLIENT_SECRET';

// Plain http is only for a provider on this machine: tests and a provider run for development.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why an issuer URL cannot be used, or null when it can. OpenID Connect issuers are https
 * addresses with no query or fragment; plain http is allowed for this machine alone.
 */
export function issuerUrlProblem(issuer: string): string | null {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    return 'The issuer must be a web address, like https://login.microsoftonline.com/<tenant-id>/v2.0';
  }
  const isLocalHttp = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !isLocalHttp)
    return 'The issuer must start with https:// (plain http only for localhost)';
  if (url.username || url.password) return 'The issuer must not contain a user name or password';
  if (url.search || url.hash || issuer.includes('?') || issuer.includes('#'))
    return 'The issuer must not have a query (?) or fragment (#)';
  return null;
}

/** The settings as they will apply once saved: the environment's values where it sets them. */
export type TSignInSettingsPlan = {
  issuer: string | null;
  clientId: string | null;
  /** A client secret is stored, or the environment gives one. */
  hasClientSecret: boolean;
  createAccounts: boolean;
  newAccountRole: string | null;
  passwordSignInDisabled: boolean;
  breakGlassUserId: string | null;
};

/** What the rules need to know about the trust that the settings alone do not say. */
export type TSignInSettingsFacts = {
  /** The ids of the trust's active EDI team members: the people who may be the break-glass admin. */
  activeAdminIds: ReadonlySet<string>;
};

export type TSignInSettingsField =
  | 'issuer'
  | 'clientId'
  | 'clientSecret'
  | 'newAccountRole'
  | 'passwordSignInDisabled'
  | 'breakGlassUserId';

/** Single sign-on is configured when there is an issuer, a client id and its secret to sign in with. */
export function isSsoConfigured(
  plan: Pick<TSignInSettingsPlan, 'issuer' | 'clientId' | 'hasClientSecret'>,
): boolean {
  return Boolean(plan.issuer && plan.clientId && plan.hasClientSecret);
}

/**
 * Each field at fault with its message; empty when the settings may be saved. Password sign-in
 * may be turned off only with single sign-on configured and a break-glass admin who can still
 * sign in with a password if the provider fails.
 */
export function checkSignInSettings(
  plan: TSignInSettingsPlan,
  facts: TSignInSettingsFacts,
): Partial<Record<TSignInSettingsField, string>> {
  const problems: Partial<Record<TSignInSettingsField, string>> = {};
  const issuerProblem = plan.issuer ? issuerUrlProblem(plan.issuer) : null;
  if (issuerProblem) problems.issuer = issuerProblem;
  if (plan.issuer && !plan.clientId)
    problems.clientId = 'Enter the client id the provider gave this application';
  if (plan.issuer && !plan.hasClientSecret)
    problems.clientSecret = 'Enter the client secret the provider gave this application';
  if (!plan.issuer && plan.clientId)
    problems.issuer = 'Enter the issuer, or clear the client id to turn single sign-on off';
  if (plan.createAccounts && !plan.newAccountRole)
    problems.newAccountRole = 'Choose the role new accounts get';
  else if (plan.createAccounts && !ZNewAccountRole.safeParse(plan.newAccountRole).success)
    problems.newAccountRole = NEW_ACCOUNT_ROLE_MESSAGE;
  if (plan.createAccounts && !isSsoConfigured(plan))
    problems.newAccountRole ??=
      'Accounts can only be made for new sign-ins once single sign-on is set up';
  if (plan.breakGlassUserId && !facts.activeAdminIds.has(plan.breakGlassUserId))
    problems.breakGlassUserId =
      'The break-glass admin must be an active member of this trust’s EDI team';
  if (plan.passwordSignInDisabled) {
    if (!isSsoConfigured(plan))
      problems.passwordSignInDisabled =
        'Set up single sign-on (issuer, client id and secret) before turning password sign-in off';
    else if (!plan.breakGlassUserId)
      problems.breakGlassUserId =
        'Choose a break-glass admin who can still sign in with a password';
  }
  return problems;
}

/**
 * Why a change to a person would leave password sign-in off with no break-glass admin (they are
 * it, and would stop being an active EDI team member), or null when the change may go ahead.
 */
export function breakGlassLossProblem(
  settings: { passwordSignInDisabled: boolean; breakGlassUserId: string | null },
  change: { userId: string; staysActiveAdmin: boolean },
): string | null {
  if (!settings.passwordSignInDisabled || change.staysActiveAdmin) return null;
  if (settings.breakGlassUserId !== change.userId) return null;
  return 'They are the break-glass admin while password sign-in is off: choose another on the Sign-in page first';
}
