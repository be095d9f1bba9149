import type { DbClient } from '../../client.ts';
import { emailSettingsSelect } from '../email-recipients.ts';

// The EDI team's view of the trust's email outbox, and the trust's email settings. What is sent and
// when is decided elsewhere (the mail rules and the sender); these functions only read the rows and
// change the three settings.

/** Which stored messages a page shows: by what happened to them, or none at all. */
export type TOutboxState = 'sent' | 'failed' | 'unsent' | 'none';

const STATE_WHERE = {
  sent: { sentAt: { not: null } },
  failed: { sentAt: null, failedAt: { not: null } },
  unsent: { sentAt: null, failedAt: null },
} as const;

const outboxRowSelect = {
  id: true,
  kind: true,
  toAddress: true,
  subject: true,
  createdAt: true,
  sentAt: true,
  failedAt: true,
  attempts: true,
  lastError: true,
  recipient: { select: { name: true } },
} as const;

/** A page of the trust's outbox, newest first, one more than `limit` when another page follows. */
export async function findOutboxMessages(
  db: DbClient,
  filter: { organisationId: string; state?: TOutboxState; cursor?: string; limit: number },
) {
  const { organisationId, state } = filter;
  if (state === 'none') return [];
  const after = filter.cursor
    ? await db.outboxMessage.findFirst({
        where: { id: filter.cursor, organisationId },
        select: { id: true, createdAt: true },
      })
    : null;
  if (filter.cursor && !after) return [];
  return db.outboxMessage.findMany({
    where: {
      organisationId,
      ...(state ? STATE_WHERE[state] : {}),
      ...(after
        ? {
            OR: [
              { createdAt: { lt: after.createdAt } },
              { createdAt: after.createdAt, id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: filter.limit + 1,
    select: outboxRowSelect,
  });
}

/** How many of the trust's messages were refused for good. */
export function countFailedOutboxMessages(db: DbClient, organisationId: string) {
  return db.outboxMessage.count({ where: { organisationId, ...STATE_WHERE.failed } });
}

/** One message of the trust as it was written, text and HTML; null when it is not the trust's. */
export function findOutboxMessage(
  db: DbClient,
  { organisationId, id }: { organisationId: string; id: string },
) {
  return db.outboxMessage.findFirst({
    where: { id, organisationId },
    select: { ...outboxRowSelect, textBody: true, htmlBody: true },
  });
}

/** The trust's email settings; null when there is no such trust. */
export function findEmailSettings(db: DbClient, organisationId: string) {
  return db.organisation.findUnique({ where: { id: organisationId }, select: emailSettingsSelect });
}

export function updateEmailSettings(
  db: DbClient,
  organisationId: string,
  settings: { emailPaused: boolean; reminderDaysBeforeClose: number; overdueRepeatDays: number },
) {
  return db.organisation.update({
    where: { id: organisationId },
    data: settings,
    select: emailSettingsSelect,
  });
}
