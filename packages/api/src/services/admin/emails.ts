import {
  countFailedOutboxMessages,
  findEmailSettings,
  findOutboxMessage,
  findOutboxMessages,
  holdRow,
  updateEmailSettings,
  writeWithAudit,
  type Actor,
  type Db,
  type DbClient,
} from '@belonging/db';
import {
  emailKindWords,
  OUTBOX_STATUS_WORDS,
  outboxStatusOf,
  storedStateFor,
  type TEmailListInput,
  type TEmailSettingsInput,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';

type StoredMessage = Awaited<ReturnType<typeof findOutboxMessages>>[number];

/** One outbox row as the Emails page shows it: who, what, and what became of it, in words. */
function toRow(message: StoredMessage, emailPaused: boolean) {
  const status = outboxStatusOf(message, emailPaused);
  return {
    id: message.id,
    recipientName: message.recipient?.name ?? null,
    toAddress: message.toAddress,
    kind: message.kind,
    kindWords: emailKindWords(message.kind),
    subject: message.subject,
    status,
    statusWords: OUTBOX_STATUS_WORDS[status],
    createdAt: message.createdAt,
    sentAt: message.sentAt,
    failedAt: message.failedAt,
    attempts: message.attempts,
    lastError: message.lastError,
  };
}

/** The trust's settings; the caller's own trust always exists while they have a session. */
async function settingsOf(db: DbClient, organisationId: string) {
  const settings = await findEmailSettings(db, organisationId);
  if (!settings) throw new ApiError('NOT_FOUND', 'The trust was not found.');
  return settings;
}

/** The trust's outbox newest first, a page at a time, with how many failed and whether mail can go. */
export async function listEmails(
  db: DbClient,
  organisationId: string,
  input: TEmailListInput,
  mailConfigured: boolean,
) {
  const { cursor, limit = 50, status } = input ?? {};
  const { emailPaused } = await settingsOf(db, organisationId);
  const [rows, failedCount] = await Promise.all([
    findOutboxMessages(db, {
      organisationId,
      state: storedStateFor(status, emailPaused),
      cursor,
      limit,
    }),
    countFailedOutboxMessages(db, organisationId),
  ]);
  const page = rows.slice(0, limit);
  return {
    items: page.map((m) => toRow(m, emailPaused)),
    nextCursor: rows.length > limit ? (page[page.length - 1]?.id ?? null) : null,
    failedCount,
    emailPaused,
    mailConfigured,
  };
}

/** One message as it was written, text and HTML; another trust's id is not found. */
export async function readEmail(db: DbClient, organisationId: string, id: string) {
  const [message, { emailPaused }] = await Promise.all([
    findOutboxMessage(db, { organisationId, id }),
    settingsOf(db, organisationId),
  ]);
  if (!message) throw new ApiError('NOT_FOUND', 'The email was not found.');
  return { ...toRow(message, emailPaused), textBody: message.textBody, htmlBody: message.htmlBody };
}

export async function getEmailSettings(
  db: DbClient,
  organisationId: string,
  mailConfigured: boolean,
) {
  const { emailPaused, reminderDaysBeforeClose, overdueRepeatDays } = await settingsOf(
    db,
    organisationId,
  );
  return { emailPaused, reminderDaysBeforeClose, overdueRepeatDays, mailConfigured };
}

/** Pauses or resumes the trust's email and sets when reminders go, with one audit event. */
export function saveEmailSettings(db: Db, actor: Actor, input: TEmailSettingsInput) {
  return writeWithAudit(db, actor, async (tx) => {
    await holdRow(tx, 'Organisation', actor.organisationId);
    const before = await settingsOf(tx, actor.organisationId);
    const after = await updateEmailSettings(tx, actor.organisationId, input);
    return {
      result: {
        emailPaused: after.emailPaused,
        reminderDaysBeforeClose: after.reminderDaysBeforeClose,
        overdueRepeatDays: after.overdueRepeatDays,
      },
      audit: { entity: 'email_settings', entityId: after.id, operation: 'update', before, after },
    };
  });
}
