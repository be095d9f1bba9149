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

/** The signed-in user behind a session token hash, with their roles in the session's trust. */
export async function findSessionUser(db: DbClient, tokenHash: string): Promise<SessionUser | null> {
  const session = await db.session.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      organisationId: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      organisation: { select: { name: true, isDemo: true } },
      user: {
        select: {
          id: true,
          name: true,
          email: true,
          isActive: true,
          mustChangePassword: true,
          memberships: { select: { organisationId: true, role: true } },
        },
      },
    },
  });
  if (!session || !session.user.isActive) return null;
  return {
    sessionId: session.id,
    userId: session.user.id,
    organisationId: session.organisationId,
    organisationName: session.organisation.name,
    isDemo: session.organisation.isDemo,
    name: session.user.name,
    email: session.user.email,
    roles: session.user.memberships
      .filter((m) => m.organisationId === session.organisationId)
      .map((m) => m.role),
    mustChangePassword: session.user.mustChangePassword,
    lastSeenAt: session.lastSeenAt,
    createdAt: session.createdAt,
    expiresAt: session.expiresAt,
  };
}

export async function touchSession(db: DbClient, sessionId: string, at: Date): Promise<void> {
  await db.session.update({ where: { id: sessionId }, data: { lastSeenAt: at } });
}

export async function deleteSession(db: DbClient, sessionId: string): Promise<void> {
  await db.session.deleteMany({ where: { id: sessionId } });
}
