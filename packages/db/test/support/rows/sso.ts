import type { DbClient } from '../../../src/client.ts';
import type { TrustSsoSettings } from '../../../src/queries/sso.ts';

// Setters for a trust's single sign-on settings, as the admin settings page would leave them,
// and a reader of the sign-in attempts a test checks.

export type TrustSignInSettings = Partial<Omit<TrustSsoSettings, 'id' | 'name' | 'slug'>>;

export async function setTrustSignIn(
  db: DbClient,
  organisationId: string,
  settings: TrustSignInSettings,
): Promise<void> {
  await db.organisation.update({ where: { id: organisationId }, data: settings });
}

/** The sign-in attempts a trust has open or used, oldest first. */
export function readSsoAttempts(db: DbClient, organisationId: string) {
  return db.ssoSignInAttempt.findMany({
    where: { organisationId },
    select: { stateHash: true, returnTo: true, usedAt: true, expiresAt: true },
    orderBy: { createdAt: 'asc' },
  });
}
