import type { DbClient } from '../client.ts';

// The email outbox. A message is written in the same transaction as the event that causes it,
// keyed by `dedupeKey` so that no cause ever enqueues twice. What to send and when is decided in
// @belonging/domain and @belonging/mail; this file only stores and reads rows.

export type TOutboxDraft = {
  organisationId: string;
  recipientId: string | null;
  /** window_opened | window_closing | overdue | digest | snapshot_locked */
  kind: string;
  dedupeKey: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  availableAt?: Date;
};

/**
 * Adds the drafts whose dedupe key is new; returns how many were added. Inside a transaction the
 * check and the insert see the same data; two processes racing on one key make the second insert
 * fail as a duplicate (databaseErrorKind 'duplicate'), which a caller outside a transaction skips.
 */
export async function enqueueEmails(
  db: DbClient,
  drafts: readonly TOutboxDraft[],
): Promise<number> {
  if (drafts.length === 0) return 0;
  const existing = await db.outboxMessage.findMany({
    where: { dedupeKey: { in: drafts.map((d) => d.dedupeKey) } },
    select: { dedupeKey: true },
  });
  const seen = new Set(existing.map((row) => row.dedupeKey));
  let added = 0;
  for (const draft of drafts) {
    if (seen.has(draft.dedupeKey)) continue;
    seen.add(draft.dedupeKey);
    await db.outboxMessage.create({ data: draft, select: { id: true } });
    added += 1;
  }
  return added;
}
