import { z } from 'zod';

// The email outbox as the EDI team reads it: each message's state and kind in words. What is sent
// and when is decided by the mail rules; this file only names what the outbox holds.

/** Waiting to be sent, sent, refused for good, or held because the trust has paused all email. */
export const OUTBOX_STATUSES = ['waiting', 'sent', 'failed', 'paused'] as const;
export const ZOutboxStatus = z.enum(OUTBOX_STATUSES, {
  error: 'The status must be waiting, sent, failed or paused',
});
export type TOutboxStatus = z.infer<typeof ZOutboxStatus>;

export const OUTBOX_STATUS_WORDS: Record<TOutboxStatus, string> = {
  waiting: 'Waiting to be sent',
  sent: 'Sent',
  failed: 'Failed',
  paused: 'Held: email is paused',
};

/** A message's state: sent and failed are final; an unsent one is held while the trust pauses email. */
export function outboxStatusOf(
  message: { sentAt: Date | null; failedAt: Date | null },
  emailPaused: boolean,
): TOutboxStatus {
  if (message.sentAt) return 'sent';
  if (message.failedAt) return 'failed';
  return emailPaused ? 'paused' : 'waiting';
}

/**
 * Which stored messages a status filter asks for: unsent ones are waiting while email is on and
 * held while it is paused, so one of those two filters always finds none.
 */
export function storedStateFor(
  status: TOutboxStatus | undefined,
  emailPaused: boolean,
): 'sent' | 'failed' | 'unsent' | 'none' | undefined {
  if (status === 'waiting') return emailPaused ? 'none' : 'unsent';
  if (status === 'paused') return emailPaused ? 'unsent' : 'none';
  return status;
}

/** The kinds of message the mail rules write, in words. */
const EMAIL_KIND_WORDS: Record<string, string> = {
  window_opened: 'Update window open',
  window_closing: 'Reminder before the window closes',
  overdue: 'Update overdue',
  digest: 'Weekly digest',
  snapshot_locked: 'Board snapshot locked',
};

/** A message's kind in words; a kind this list does not know reads as its code with spaces. */
export function emailKindWords(kind: string): string {
  const known = EMAIL_KIND_WORDS[kind];
  if (known) return known;
  const spaced = kind.replace(/_/g, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
