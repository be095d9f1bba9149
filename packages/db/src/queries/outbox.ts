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

// Delivery. A sender claims due rows for itself (claimedBy, claimedAt) with a compare-and-set on
// the claim it read, so of several processes exactly one wins each row; a claim older than the
// lease belongs to a sender that died, and any sender may take it over (at-least-once).

/** What a sender needs to deliver one claimed message; `id` is its idempotency key. */
export type TOutboxClaimed = {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  attempts: number;
};

const WAITING = { sentAt: null, failedAt: null } as const;
const UNCLAIMED = { claimedAt: null, claimedBy: null } as const;

/**
 * Claims up to `limit` due messages for `workerId`: waiting, available by `now`, unclaimed or
 * claimed longer than `leaseMs` ago, and of a trust whose email is not paused. Each row is taken
 * only if its claim is still the one read, so two senders never both hold a row.
 */
export async function claimDueEmails(
  db: DbClient,
  input: { workerId: string; now: Date; limit: number; leaseMs: number },
): Promise<TOutboxClaimed[]> {
  const { workerId, now } = input;
  const due = await db.outboxMessage.findMany({
    where: {
      ...WAITING,
      availableAt: { lte: now },
      OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(now.getTime() - input.leaseMs) } }],
      organisation: { emailPaused: false },
    },
    orderBy: [{ availableAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    take: input.limit,
    select: { id: true, claimedAt: true },
  });
  const won: string[] = [];
  for (const row of due) {
    const { count } = await db.outboxMessage.updateMany({
      where: { id: row.id, claimedAt: row.claimedAt, ...WAITING },
      data: { claimedAt: now, claimedBy: workerId },
    });
    if (count === 1) won.push(row.id);
  }
  if (won.length === 0) return [];
  return db.outboxMessage.findMany({
    where: { id: { in: won }, claimedBy: workerId },
    orderBy: [{ availableAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      toAddress: true,
      subject: true,
      textBody: true,
      htmlBody: true,
      attempts: true,
    },
  });
}

/** Keeps `workerId`'s claims on the messages it still holds from running out while it works. */
export async function renewEmailClaims(
  db: DbClient,
  input: { workerId: string; now: Date },
): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { claimedBy: input.workerId, ...WAITING },
    data: { claimedAt: input.now },
  });
  return count;
}

/** The SMTP server accepted the message: it is never sent again. */
export async function markEmailSent(db: DbClient, input: { id: string; now: Date }) {
  await db.outboxMessage.updateMany({
    where: { id: input.id, ...WAITING },
    data: { sentAt: input.now, lastError: null, attempts: { increment: 1 }, ...UNCLAIMED },
  });
}

/** Refused for good (a 5xx reply): recorded with a short reason for the EDI team, never retried. */
export async function markEmailFailed(
  db: DbClient,
  input: { id: string; now: Date; reason: string },
) {
  await db.outboxMessage.updateMany({
    where: { id: input.id, ...WAITING },
    data: {
      failedAt: input.now,
      lastError: input.reason,
      attempts: { increment: 1 },
      ...UNCLAIMED,
    },
  });
}

/**
 * A transient failure: one more attempt counted, the reason kept, the claim given up and the
 * message offered again from `availableAt`. Only while `workerId` still holds the claim.
 */
export async function releaseEmailForRetry(
  db: DbClient,
  input: { id: string; workerId: string; availableAt: Date; reason: string },
) {
  await db.outboxMessage.updateMany({
    where: { id: input.id, claimedBy: input.workerId, ...WAITING },
    data: {
      availableAt: input.availableAt,
      lastError: input.reason,
      attempts: { increment: 1 },
      ...UNCLAIMED,
    },
  });
}

/**
 * Gives up `workerId`'s claims on the messages it has not tried, without counting an attempt:
 * when it stops, or (with the `reason` to show) when the SMTP server cannot be reached.
 */
export async function releaseEmailClaims(
  db: DbClient,
  input: { workerId: string; reason?: string },
): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { claimedBy: input.workerId, ...WAITING },
    data: { lastError: input.reason, ...UNCLAIMED },
  });
  return count;
}
