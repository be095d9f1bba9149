import type { DbClient } from '../../../src/client.ts';
import { updateEmailPreferences } from '../../../src/queries/email-preferences.ts';

// What the email schedule's tests read and set: the trust's outbox messages in full, and a
// person's name (to prove names are escaped).

/** The trust's outbox messages with their rendered parts, in dedupe key order. */
export function readOutboxMessages(db: DbClient, organisationId: string) {
  return db.outboxMessage.findMany({
    where: { organisationId },
    orderBy: { dedupeKey: 'asc' },
    select: {
      kind: true,
      dedupeKey: true,
      recipientId: true,
      toAddress: true,
      subject: true,
      textBody: true,
      htmlBody: true,
    },
  });
}

export async function setUserName(db: DbClient, email: string, name: string) {
  await db.user.update({ where: { email }, data: { name }, select: { id: true } });
}

/** Sets a person's own email preferences as Your settings saves them. */
export async function setEmailPreferencesOf(
  db: DbClient,
  email: string,
  preferences: { emailReminders: boolean; emailDigest?: boolean },
) {
  const { id } = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  await updateEmailPreferences(db, id, preferences);
}
