import type { DbClient } from '../../../src/client.ts';

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
