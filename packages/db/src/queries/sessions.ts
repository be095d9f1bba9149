import type { DbClient } from '../client.ts';
import type { Role } from '../generated/sqlite/enums.ts';

export type SessionUser = {
  sessionId: string;
  userId: string;
  organisationId: string;
  organisationName: string;
  isDemo: boolean;
  name: string;
  email: string;
  roles: Role[];
  mustChangePassword: boolean;
  lastSeenAt: Date;
  createdAt: Date;
  expiresAt: Date;
};

export async function findUserForSignIn(db: DbClient, email: string) {
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: {
      id: true,
      passwordHash: true,
      isActive: true,
      memberships: { select: { organisationId: true }, orderBy: { createdAt: 'asc' } },
    },
  });
}

export async function createSession(
  db: DbClient,
  input: { tokenHash: string; userId: string; organisationId: string; expiresAt: Date },
): Promise<{ id: string }> {
  return db.session.create({ data: input, select: { id: true } });
}

type SessionRow = {
  sessionId: string;
  organisationId: string;
  createdAt: Date | string;
  lastSeenAt: Date | string;
  expiresAt: Date | string;
  organisationName: string;
  isDemo: boolean | number | bigint;
  userId: string;
  name: string;
  email: string;
  isActive: boolean | number | bigint;
  mustChangePassword: boolean | number | bigint;
  role: Role | null;
};

const asDate = (v: Date | string) => (v instanceof Date ? v : new Date(v));
const asBool = (v: boolean | number | bigint) => v === true || Number(v) === 1;

/**
 * The signed-in user behind a session token hash, with their roles in the session's trust. Every
 * request starts here, so it is one query (a row per role) rather than one per relation.
 */
export async function findSessionUser(
  db: DbClient,
  tokenHash: string,
): Promise<SessionUser | null> {
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT s."id" AS "sessionId", s."organisationId", s."createdAt", s."lastSeenAt", s."expiresAt",
           o."name" AS "organisationName", o."isDemo",
           u."id" AS "userId", u."name", u."email", u."isActive", u."mustChangePassword",
           m."role"
    FROM "Session" s
    JOIN "User" u ON u."id" = s."userId"
    JOIN "Organisation" o ON o."id" = s."organisationId"
    LEFT JOIN "Membership" m ON m."userId" = u."id" AND m."organisationId" = s."organisationId"
    WHERE s."tokenHash" = ${tokenHash}
    ORDER BY m."role"`;
  const first = rows[0];
  if (!first || !asBool(first.isActive)) return null;
  return {
    sessionId: first.sessionId,
    userId: first.userId,
    organisationId: first.organisationId,
    organisationName: first.organisationName,
    isDemo: asBool(first.isDemo),
    name: first.name,
    email: first.email,
    roles: rows.flatMap((r) => (r.role ? [r.role] : [])),
    mustChangePassword: asBool(first.mustChangePassword),
    lastSeenAt: asDate(first.lastSeenAt),
    createdAt: asDate(first.createdAt),
    expiresAt: asDate(first.expiresAt),
  };
}

/** updateMany, so a session signed out by a concurrent request is simply not touched. */
export async function touchSession(db: DbClient, sessionId: string, at: Date): Promise<void> {
  await db.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: at } });
}

export async function deleteSession(db: DbClient, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}

/** The password hash of a signed-in user, to check their current password against. */
export async function findPasswordHash(db: DbClient, userId: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true },
  });
  return user.passwordHash;
}

/**
 * Stores a user's own new password and ends their other sessions: a changed password should lock
 * out whoever knew the old one. Call it inside the transaction that audits the change.
 */
export async function changeOwnPassword(
  db: DbClient,
  input: { userId: string; passwordHash: string; keepSessionId: string },
): Promise<void> {
  await db.user.update({
    where: { id: input.userId },
    data: { passwordHash: input.passwordHash, mustChangePassword: false },
  });
  await db.session.deleteMany({
    where: { userId: input.userId, id: { not: input.keepSessionId } },
  });
}
