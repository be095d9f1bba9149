import type { DbClient } from '../client.ts';
import { newId } from './insert.ts';

/**
 * Creates the users that do not exist yet (by email) with the given password hash, leaving any
 * existing account as it is, and returns every user's id by email.
 */
export async function ensureUsers(
  db: DbClient,
  users: readonly { email: string; name: string; jobTitle?: string }[],
  passwordHash: string,
): Promise<Map<string, string>> {
  const emails = users.map((u) => u.email);
  const existing = await db.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true },
  });
  const ids = new Map(existing.map((u) => [u.email, u.id]));
  const missing = users
    .filter((u) => !ids.has(u.email))
    .map((u) => ({
      id: newId(),
      email: u.email,
      name: u.name,
      jobTitle: u.jobTitle ?? null,
      passwordHash,
    }));
  if (missing.length) await db.user.createMany({ data: missing });
  for (const u of missing) ids.set(u.email, u.id);
  return ids;
}
