import type { Db, DbClient } from '../client.ts';
import type { Role } from '../generated/sqlite/enums.ts';
import { recordAudit } from './audit.ts';

// Single sign-on: each trust's provider settings, the short-lived sign-in attempts (state, nonce
// and PKCE verifier kept server-side), and finding or making the person a provider vouches for.

const trustSsoSelect = {
  id: true,
  name: true,
  slug: true,
  oidcIssuer: true,
  oidcClientId: true,
  /** Sealed: opened only by the sign-in code, never sent to an app. */
  oidcClientSecret: true,
  oidcCreateAccounts: true,
  oidcNewAccountRole: true,
  passwordSignInDisabled: true,
  breakGlassUserId: true,
} as const;

export type TrustSsoSettings = {
  id: string;
  name: string;
  slug: string;
  oidcIssuer: string | null;
  oidcClientId: string | null;
  oidcClientSecret: string | null;
  oidcCreateAccounts: boolean;
  oidcNewAccountRole: Role | null;
  passwordSignInDisabled: boolean;
  breakGlassUserId: string | null;
};

/** Every trust (not ICB groups) with its sign-in settings, oldest first. */
export async function findTrustsSsoSettings(db: DbClient): Promise<TrustSsoSettings[]> {
  return db.organisation.findMany({
    where: { kind: 'trust' },
    select: trustSsoSelect,
    orderBy: { createdAt: 'asc' },
  });
}

/** One trust's sign-in settings by id, or null. */
export async function findTrustSsoSettings(
  db: DbClient,
  organisationId: string,
): Promise<TrustSsoSettings | null> {
  return db.organisation.findUnique({ where: { id: organisationId }, select: trustSsoSelect });
}

export type SsoAttemptInput = {
  organisationId: string;
  stateHash: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  expiresAt: Date;
};

/** Records a started sign-in; attempts already past their time are swept away as each one starts. */
export async function createSsoAttempt(
  db: DbClient,
  input: SsoAttemptInput,
  now: Date,
): Promise<void> {
  await db.ssoSignInAttempt.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.ssoSignInAttempt.create({ data: input, select: { id: true } });
}

export type ClaimedSsoAttempt = {
  organisationId: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
};

/**
 * Marks the unexpired, unused attempt with this state hash as used and gives it back; null when
 * there is none. A compare-and-set, so two callbacks with one state cannot both claim it.
 */
export async function claimSsoAttempt(
  db: DbClient,
  input: { stateHash: string; now: Date },
): Promise<ClaimedSsoAttempt | null> {
  const { count } = await db.ssoSignInAttempt.updateMany({
    where: { stateHash: input.stateHash, usedAt: null, expiresAt: { gt: input.now } },
    data: { usedAt: input.now },
  });
  if (count !== 1) return null;
  return db.ssoSignInAttempt.findUnique({
    where: { stateHash: input.stateHash },
    select: { organisationId: true, nonce: true, codeVerifier: true, returnTo: true },
  });
}

export type SsoPerson = { id: string; isActive: boolean; isMember: boolean };

/** The user with this email (any case) and whether they hold a role in the trust; null when none. */
export async function findSsoPerson(
  db: DbClient,
  input: { organisationId: string; email: string },
): Promise<SsoPerson | null> {
  const user = await db.user.findUnique({
    where: { email: input.email.trim().toLowerCase() },
    select: {
      id: true,
      isActive: true,
      memberships: {
        where: { organisationId: input.organisationId },
        select: { id: true },
        take: 1,
      },
    },
  });
  if (!user) return null;
  return { id: user.id, isActive: user.isActive, isMember: user.memberships.length > 0 };
}

/**
 * Makes the account of a person whose first single sign-on their trust lets in, with the trust's
 * role for new sign-ins, and its one audit event (made by the person themselves) in one transaction.
 */
export async function createSsoAccount(
  db: Db,
  input: {
    organisationId: string;
    email: string;
    name: string;
    role: Role;
    /** A hash of a random password nobody knows: they sign in through their trust. */
    passwordHash: string;
  },
): Promise<{ id: string }> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: {
        email: input.email.trim().toLowerCase(),
        name: input.name,
        passwordHash: input.passwordHash,
        memberships: { create: { organisationId: input.organisationId, role: input.role } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organisationId: input.organisationId,
      actorId: user.id,
      entity: 'user',
      entityId: user.id,
      operation: 'create',
      after: { name: input.name, roles: [input.role], via: 'single sign-on' },
    });
    return user;
  });
}
