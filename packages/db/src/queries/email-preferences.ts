import type { DbClient } from '../client.ts';

// Each person's own email preferences: reminders, and the EDI team's weekly digest.

const preferencesSelect = { id: true, emailReminders: true, emailDigest: true } as const;

/** The person's email preferences; null when there is no such person. */
export function findEmailPreferences(db: DbClient, userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: preferencesSelect });
}

export function updateEmailPreferences(
  db: DbClient,
  userId: string,
  preferences: { emailReminders: boolean; emailDigest?: boolean },
) {
  return db.user.update({ where: { id: userId }, data: preferences, select: preferencesSelect });
}
