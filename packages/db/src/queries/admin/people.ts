import type { DbClient } from '../../client.ts';
import type { Role } from '../../generated/sqlite/enums.ts';

// Roles listed in a fixed order: the providers sort enum values differently (text versus declaration).
const ROLE_ORDER: readonly Role[] = ['edi_admin', 'executive_owner', 'board_member', 'network_rep'];

const liveAction = {
  archivedAt: null,
  status: { in: ['not_started', 'in_progress'] as ('not_started' | 'in_progress')[] },
};

/** Everyone with a role in the trust, with their roles and what they still own. */
export async function listOrganisationUsers(
  db: DbClient,
  { organisationId }: { organisationId: string },
) {
  const users = await db.user.findMany({
    where: { memberships: { some: { organisationId } } },
    orderBy: [{ isActive: 'desc' }, { name: 'asc' }],
    select: {
      id: true,
      email: true,
      name: true,
      jobTitle: true,
      isActive: true,
      deactivatedAt: true,
      mustChangePassword: true,
      createdAt: true,
      memberships: { where: { organisationId }, select: { role: true } },
      _count: {
        select: {
          ownedActions: { where: { organisationId, ...liveAction } },
          ownedKpis: { where: { organisationId, archivedAt: null } },
        },
      },
    },
  });
  return users.map(({ memberships, _count, ...u }) => ({
    ...u,
    roles: memberships
      .map((m) => m.role)
      .sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b)),
    liveActionCount: _count.ownedActions,
    liveKpiCount: _count.ownedKpis,
  }));
}

/** A user of the trust with their roles there, or null when they have none. */
export async function findOrganisationUser(
  db: DbClient,
  { organisationId, userId }: { organisationId: string; userId: string },
) {
  const user = await db.user.findFirst({
    where: { id: userId, memberships: { some: { organisationId } } },
    select: {
      id: true,
      email: true,
      name: true,
      isActive: true,
      memberships: { where: { organisationId }, select: { role: true } },
    },
  });
  return user ? { ...user, roles: user.memberships.map((m) => m.role) } : null;
}

/** True when the user is active and holds this role in the trust. */
export async function hasActiveRole(
  db: DbClient,
  input: { organisationId: string; userId: string; role: Role },
) {
  const found = await db.membership.findFirst({
    where: {
      organisationId: input.organisationId,
      userId: input.userId,
      role: input.role,
      user: { isActive: true },
    },
    select: { id: true },
  });
  return found !== null;
}

/** The ids of the live actions (not yet complete or cancelled) and live KPIs a person owns in the trust. */
export async function findLiveOwnership(
  db: DbClient,
  { organisationId, userId }: { organisationId: string; userId: string },
) {
  const [actions, kpis] = await Promise.all([
    db.action.findMany({
      where: { organisationId, ownerId: userId, ...liveAction },
      select: { id: true, code: true },
    }),
    db.kpi.findMany({
      where: { organisationId, ownerId: userId, archivedAt: null },
      select: { id: true, code: true },
    }),
  ]);
  return { actions, kpis };
}

/** Lets a deactivated person sign in again; their roles were kept while they were away. */
export async function reactivateUser(db: DbClient, userId: string) {
  await db.user.update({ where: { id: userId }, data: { isActive: true, deactivatedAt: null } });
}

/**
 * Gives a person a new password hash they must change at their next sign-in, and ends every
 * session they hold. Returns how many sessions ended.
 */
export async function setTemporaryPassword(
  db: DbClient,
  input: { userId: string; passwordHash: string },
) {
  await db.user.update({
    where: { id: input.userId },
    data: { passwordHash: input.passwordHash, mustChangePassword: true },
  });
  const ended = await db.session.deleteMany({ where: { userId: input.userId } });
  return ended.count;
}

/** True when anyone, in any trust, already has an account with this email address. */
export async function hasAccountWithEmail(db: DbClient, email: string): Promise<boolean> {
  const taken = await db.user.findUnique({ where: { email }, select: { id: true } });
  return taken !== null;
}

/** A new account with roles in the trust and a temporary password to change at first sign-in. */
export async function createUserWithRoles(
  db: DbClient,
  input: {
    organisationId: string;
    email: string;
    name: string;
    jobTitle: string | null;
    passwordHash: string;
    roles: readonly Role[];
  },
) {
  return db.user.create({
    data: {
      email: input.email,
      name: input.name,
      jobTitle: input.jobTitle,
      passwordHash: input.passwordHash,
      mustChangePassword: true,
      memberships: {
        createMany: {
          data: input.roles.map((role) => ({ organisationId: input.organisationId, role })),
        },
      },
    },
    select: { id: true, email: true, name: true, jobTitle: true, mustChangePassword: true },
  });
}

/** Gives a person exactly these roles in the trust, given the roles they hold there now. */
export async function replaceUserRoles(
  db: DbClient,
  input: { organisationId: string; userId: string; current: readonly Role[]; roles: Role[] },
): Promise<void> {
  await db.membership.deleteMany({
    where: {
      userId: input.userId,
      organisationId: input.organisationId,
      role: { notIn: input.roles },
    },
  });
  const have = new Set(input.current);
  const added = input.roles.filter((r) => !have.has(r));
  if (!added.length) return;
  await db.membership.createMany({
    data: added.map((role) => ({
      userId: input.userId,
      organisationId: input.organisationId,
      role,
    })),
  });
}

/** Stops a person signing in and ends every session they hold; returns how many ended. */
export async function deactivateUserRow(
  db: DbClient,
  { userId, now }: { userId: string; now: Date },
): Promise<number> {
  await db.user.update({ where: { id: userId }, data: { isActive: false, deactivatedAt: now } });
  const ended = await db.session.deleteMany({ where: { userId } });
  return ended.count;
}

/** Passes these actions and KPIs, where `fromUserId` still owns them, to another owner. */
export async function reassignOwnership(
  db: DbClient,
  input: { fromUserId: string; toUserId: string; actionIds: string[]; kpiIds: string[] },
): Promise<void> {
  const data = { ownerId: input.toUserId, version: { increment: 1 } };
  await db.action.updateMany({
    where: { id: { in: input.actionIds }, ownerId: input.fromUserId },
    data,
  });
  await db.kpi.updateMany({ where: { id: { in: input.kpiIds }, ownerId: input.fromUserId }, data });
}
