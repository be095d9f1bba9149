import {
  countTrusts,
  findActiveAdmins,
  findSignInSettings,
  holdRow,
  updateSignInSettings,
  writeWithAudit,
  type Actor,
  type Db,
  type DbClient,
  type SignInSettingsRow,
} from '@belonging/db';
import {
  breakGlassLossProblem,
  checkSignInSettings,
  NO_SETTINGS_KEY_MESSAGE,
  type TAdminSignInSettingsInput,
  type TSignInSettingsPlan,
} from '@belonging/domain';
import { environmentSetsTrust } from '../../auth/sso-environment.ts';
import type { SingleSignOn } from '../../auth/sso/single-sign-on.ts';
import { ApiError } from '../../errors.ts';

// The EDI team's sign-in settings. The client secret is write-only: it is sealed under
// SETTINGS_KEY on the way in and only `secretSet` ever comes back out, here or in the audit trail.

const FROM_ENVIRONMENT = (name: string) =>
  `Set by the server’s environment (${name}): change it there`;

async function loadSettings(db: DbClient, organisationId: string) {
  const settings = await findSignInSettings(db, organisationId);
  if (!settings) throw new ApiError('NOT_FOUND', 'The trust was not found.');
  return settings;
}

/** The environment's issuer and client id when they are what this trust signs in with, else null. */
async function environmentFor(db: DbClient, slug: string, sso: SingleSignOn) {
  const env = sso.environment;
  if (!environmentSetsTrust(env, slug, await countTrusts(db))) return null;
  return { issuer: env.issuer ?? '', clientId: env.clientId ?? '' };
}

/**
 * The trust's sign-in settings for the admin page: never the secret, only whether one is stored.
 * `sso` is the host's one SingleSignOn, which read the server's environment.
 */
export async function getSignInSettings(db: Db, actor: Actor, sso: SingleSignOn) {
  const { slug: _slug, ...settings } = await loadSettings(db, actor.organisationId);
  return {
    ...settings,
    /** Set when the server's environment configures single sign-on: shown read-only. */
    fromEnvironment: await environmentFor(db, _slug, sso),
    /** Whether a secret typed here can be stored (SETTINGS_KEY is set). */
    canStoreSecret: sso.canSealSecrets,
    breakGlassCandidates: await findActiveAdmins(db, actor.organisationId),
    /** The address to register with the provider; null when APP_ORIGIN is unset (the page uses its own origin). */
    redirectUri: sso.redirectUri,
  };
}

/** What an audit event records: every field but the secret, which reads as stored, not stored or replaced. */
function auditView(s: SignInSettingsRow, secretReplaced = false) {
  return {
    issuer: s.issuer,
    clientId: s.clientId,
    clientSecret: secretReplaced ? 'replaced' : s.secretSet ? 'stored' : 'not stored',
    createAccounts: s.createAccounts,
    newAccountRole: s.newAccountRole,
    passwordSignInDisabled: s.passwordSignInDisabled,
    breakGlassUserId: s.breakGlassUserId,
  };
}

/** The secret to store: sealed, null to remove it, undefined to keep the stored one. */
function secretToStore(
  input: TAdminSignInSettingsInput,
  sso: SingleSignOn,
): string | null | undefined {
  if (input.clearClientSecret) return null;
  if (!input.clientSecret) return undefined;
  const sealed = sso.sealSecret(input.clientSecret);
  if (!sealed) throw fieldError('clientSecret', NO_SETTINGS_KEY_MESSAGE);
  return sealed;
}

function fieldError(field: string, message: string) {
  return new ApiError('BAD_REQUEST', message, { [field]: [message] });
}

/** Refuses the environment's fields when the environment sets them. */
function refuseEnvironmentFields(input: TAdminSignInSettingsInput) {
  if (input.issuer !== undefined) throw fieldError('issuer', FROM_ENVIRONMENT('OIDC_ISSUER'));
  if (input.clientId !== undefined)
    throw fieldError('clientId', FROM_ENVIRONMENT('OIDC_CLIENT_ID'));
  if (input.clientSecret || input.clearClientSecret)
    throw fieldError('clientSecret', FROM_ENVIRONMENT('OIDC_CLIENT_SECRET'));
}

/** Saves the settings whole (the secret and the environment's fields aside), with one audit event. */
export async function saveSignInSettings(
  db: Db,
  actor: Actor,
  input: TAdminSignInSettingsInput,
  sso: SingleSignOn,
) {
  const { organisationId } = actor;
  await writeWithAudit(db, actor, async (tx) => {
    await holdRow(tx, 'Organisation', organisationId);
    const before = await loadSettings(tx, organisationId);
    const environment = await environmentFor(tx, before.slug, sso);
    if (environment) refuseEnvironmentFields(input);
    const sealedSecret = secretToStore(input, sso);
    const keep = <T>(given: T | undefined, stored: T) => (given === undefined ? stored : given);
    const after: SignInSettingsRow = {
      slug: before.slug,
      issuer: keep(input.issuer, before.issuer) || null,
      clientId: keep(input.clientId, before.clientId) || null,
      secretSet: sealedSecret === undefined ? before.secretSet : sealedSecret !== null,
      createAccounts: input.createAccounts,
      newAccountRole: input.newAccountRole ?? null,
      passwordSignInDisabled: input.passwordSignInDisabled,
      breakGlassUserId: input.breakGlassUserId ?? null,
    };
    const plan: TSignInSettingsPlan = environment
      ? { ...after, ...environment, hasClientSecret: true }
      : { ...after, hasClientSecret: after.secretSet };
    const admins = await findActiveAdmins(tx, organisationId);
    const problems = checkSignInSettings(plan, {
      activeAdminIds: new Set(admins.map((a) => a.id)),
    });
    const [first, ...rest] = Object.entries(problems);
    if (first) {
      const fieldErrors = Object.fromEntries([first, ...rest].map(([f, m]) => [f, [m]]));
      throw new ApiError('BAD_REQUEST', first[1], fieldErrors);
    }
    await updateSignInSettings(tx, organisationId, {
      issuer: after.issuer,
      clientId: after.clientId,
      sealedSecret,
      createAccounts: after.createAccounts,
      newAccountRole: after.newAccountRole,
      passwordSignInDisabled: after.passwordSignInDisabled,
      breakGlassUserId: after.breakGlassUserId,
    });
    return {
      result: null,
      audit: {
        entity: 'organisation',
        entityId: organisationId,
        operation: 'change_sign_in_settings',
        before: auditView(before),
        after: auditView(after, Boolean(sealedSecret) && before.secretSet),
      },
    };
  });
  return getSignInSettings(db, actor, sso);
}

/**
 * Refuses a change that would take the break-glass admin out of the EDI team (a role change or a
 * deactivation) while password sign-in is off, naming `field`.
 */
export async function refuseLosingBreakGlass(
  db: DbClient,
  actor: Actor,
  change: { userId: string; staysActiveAdmin: boolean; field: string },
) {
  const settings = await loadSettings(db, actor.organisationId);
  const problem = breakGlassLossProblem(settings, change);
  if (problem) throw fieldError(change.field, problem);
}
