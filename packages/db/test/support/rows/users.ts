import type { DbClient } from '../../../src/client.ts';

// Readers and small setters for people, their roles and sessions, that the API tests use to put
// an account in a state and to check what a procedure did to it.

/** What the tests check of an account after a change. */
export function readUser(db: DbClient, id: string) {
  return db.user.findUniqueOrThrow({
    where: { id },
    select: {
      passwordHash: true,
      mustChangePassword: true,
      isActive: true,
      deactivatedAt: true,
    },
  });
}

export function countUsersWithEmail(db: DbClient, email: string) {
  return db.user.count({ where: { email } });
}

/** The roles a person holds, one per membership. */
export async function readRoles(db: DbClient, person: { userId: string } | { email: string }) {
  const where = 'userId' in person ? { userId: person.userId } : { user: { email: person.email } };
  const rows = await db.membership.findMany({ where, select: { role: true } });
  return rows.map((row) => row.role);
}

/** Switches an account on or off behind the API's back. */
export async function setUserActive(db: DbClient, email: string, isActive: boolean) {
  await db.user.update({ where: { email }, data: { isActive } });
}

/** Marks the account's password as temporary, as a reset would. */
export async function setMustChangePassword(db: DbClient, email: string, must: boolean) {
  await db.user.update({ where: { email }, data: { mustChangePassword: must } });
}

export function countSessions(db: DbClient, userId: string) {
  return db.session.count({ where: { userId } });
}

/** Moves a session's last use and expiry, to try it at another time. */
export async function setSessionTimes(
  db: DbClient,
  tokenHash: string,
  times: { lastSeenAt: Date; expiresAt: Date },
) {
  await db.session.update({ where: { tokenHash }, data: times });
}

/** Sign-in throttle counters stored, of any kind: to see stale ones swept away. */
export function countSignInCounters(db: DbClient) {
  return db.signInCounter.count();
}

export function countKnownSignInAddresses(db: DbClient, userId: string) {
  return db.knownSignInAddress.count({ where: { userId } });
}
