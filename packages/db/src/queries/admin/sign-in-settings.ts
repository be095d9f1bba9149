import type { DbClient } from '../../client.ts';
import type { Role } from '../../generated/sqlite/enums.ts';
import { findTrustSsoSettings } from '../sso.ts';

// The trust's single sign-on and password sign-in settings as the EDI team edits them. The stored
// client secret (sealed) never leaves here: readers get only whether one is stored.

export type SignInSettingsRow = {
  slug: string;
  issuer: string | null;
  clientId: string | null;
  secretSet: boolean;
  createAccounts: boolean;
  newAccountRole: Role | null;
  passwordSignInDisabled: boolean;
  breakGlassUserId: string | null;
};

/** The trust's sign-in settings, or null when there is no such trust. */
export async function findSignInSettings(
  db: DbClient,
  organisationId: string,
): Promise<SignInSettingsRow | null> {
  const org = await findTrustSsoSettings(db, organisationId);
  if (!org) return null;
  return {
    slug: org.slug,
    issuer: org.oidcIssuer,
    clientId: org.oidcClientId,
    secretSet: Boolean(org.oidcClientSecret),
    createAccounts: org.oidcCreateAccounts,
    newAccountRole: org.oidcNewAccountRole,
    passwordSignInDisabled: org.passwordSignInDisabled,
    breakGlassUserId: org.breakGlassUserId,
  };
}

/** How many trusts (not ICB groups) the instance holds: the environment's provider serves the only one. */
export function countTrusts(db: DbClient): Promise<number> {
  return db.organisation.count({ where: { kind: 'trust' } });
}

/** The trust's active EDI team members: who may be its break-glass admin. */
export function findActiveAdmins(db: DbClient, organisationId: string) {
  return db.user.findMany({
    where: { isActive: true, memberships: { some: { organisationId, role: 'edi_admin' } } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, email: true },
  });
}

/**
 * Writes the trust's sign-in settings. Left out (undefined) keeps a stored value; the secret is
 * already sealed, or null to remove it.
 */
export async function updateSignInSettings(
  db: DbClient,
  organisationId: string,
  data: {
    issuer?: string | null;
    clientId?: string | null;
    sealedSecret?: string | null;
    createAccounts: boolean;
    newAccountRole: Role | null;
    passwordSignInDisabled: boolean;
    breakGlassUserId: string | null;
  },
): Promise<void> {
  await db.organisation.update({
    where: { id: organisationId },
    data: {
      oidcIssuer: data.issuer,
      oidcClientId: data.clientId,
      oidcClientSecret: data.sealedSecret,
      oidcCreateAccounts: data.createAccounts,
      oidcNewAccountRole: data.newAccountRole,
      passwordSignInDisabled: data.passwordSignInDisabled,
      breakGlassUserId: data.breakGlassUserId,
    },
    select: { id: true },
  });
}
