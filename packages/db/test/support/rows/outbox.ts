import type { DbClient } from '../../../src/client.ts';
import { enqueueEmails, type TOutboxDraft } from '../../../src/queries/outbox.ts';

// The email outbox as the delivery tests fill and read it: a trust of its own with no people
// (so the schedule adds nothing of its own), numbered messages, and every row's delivery state.

/** A trust with no people, strategy or periods, whose outbox holds only what a test puts there. */
export async function createEmailOnlyTrust(db: DbClient, slug = 'email-only-trust') {
  return db.organisation.create({
    data: { name: 'Email Test NHS Trust', slug },
    select: { id: true },
  });
}

/** `count` messages to person-<n>@mail.test, numbered from 1, each its own dedupe key. */
export async function enqueueNumberedEmails(
  db: DbClient,
  input: { organisationId: string; count: number; prefix?: string; availableAt?: Date },
): Promise<void> {
  const prefix = input.prefix ?? 'message';
  const drafts: TOutboxDraft[] = Array.from({ length: input.count }, (_, i) => ({
    organisationId: input.organisationId,
    recipientId: null,
    kind: 'digest',
    dedupeKey: `${prefix}-${i + 1}`,
    toAddress: `person-${i + 1}@mail.test`,
    subject: `Test message ${i + 1}`,
    textBody: `Plain text of message ${i + 1}.`,
    htmlBody: `<!doctype html><html lang="en-GB"><body><p>HTML of message ${i + 1}.</p></body></html>`,
    ...(input.availableAt ? { availableAt: input.availableAt } : {}),
  }));
  await enqueueEmails(db, drafts);
}

/** Every outbox row's delivery state, in dedupe key order. */
export function readOutbox(db: DbClient) {
  return db.outboxMessage.findMany({
    orderBy: { dedupeKey: 'asc' },
    select: {
      id: true,
      dedupeKey: true,
      toAddress: true,
      availableAt: true,
      claimedAt: true,
      claimedBy: true,
      attempts: true,
      sentAt: true,
      failedAt: true,
      lastError: true,
    },
  });
}

export async function setEmailPaused(db: DbClient, organisationId: string, emailPaused: boolean) {
  await db.organisation.update({
    where: { id: organisationId },
    data: { emailPaused },
    select: { id: true },
  });
}
