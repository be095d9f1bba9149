import {
  claimDueEmails,
  markEmailFailed,
  markEmailSent,
  releaseEmailClaims,
  releaseEmailForRetry,
  renewEmailClaims,
  type Db,
} from '@belonging/db';
import { classifySendFailure } from './send-failure.ts';
import type { TMailSender } from './smtp-sender.ts';

// One pass of delivery: claim a batch, send it one message at a time, record each outcome, and
// claim again until nothing is due. A message is marked sent only after the SMTP server accepted
// it, so a crash in between sends it again (same Message-ID): at least once, never lost.

/** A transient failure waits a minute, then twice as long each time, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** attempts, 3_600_000);
}

/** After this many transient refusals of one message (about a day of tries), it is given up. */
export const MAX_ATTEMPTS = 30;

export type TDeliveryOptions = {
  workerId: string;
  /** How long a claim lasts unrenewed; renewed every third of it while this pass runs. */
  leaseMs: number;
  batchSize?: number;
  now?: () => Date;
  /** Asked before each message: once true, the pass gives its untried claims back and ends. */
  isStopping?: () => boolean;
  /** Told about each message refused for good (its row id and reason, never the address). */
  onRefused?: (id: string, reason: string) => void;
};

export type TDeliveryResult = {
  sent: number;
  refused: number;
  retried: number;
  /** Why the SMTP server could not be used, when it could not; every message waits for it. */
  unreachable: string | null;
};

export async function deliverDueEmails(
  db: Db,
  sender: TMailSender,
  options: TDeliveryOptions,
): Promise<TDeliveryResult> {
  const { workerId, leaseMs } = options;
  const now = options.now ?? (() => new Date());
  const result: TDeliveryResult = { sent: 0, refused: 0, retried: 0, unreachable: null };
  const renew = setInterval(() => {
    // A missed renewal only shortens the claim; the next one or the lease decides.
    renewEmailClaims(db, { workerId, now: now() }).catch(() => undefined);
  }, leaseMs / 3);
  try {
    while (!options.isStopping?.()) {
      const batch = await claimDueEmails(db, {
        workerId,
        now: now(),
        limit: options.batchSize ?? 20,
        leaseMs,
      });
      if (batch.length === 0) return result;
      for (const message of batch) {
        if (options.isStopping?.()) {
          await releaseEmailClaims(db, { workerId });
          return result;
        }
        const failure = await sender.send(message).then(
          () => null,
          (error: unknown) => classifySendFailure(error),
        );
        if (!failure) {
          await markEmailSent(db, { id: message.id, now: now() });
          result.sent += 1;
          continue;
        }
        const { outcome, reason } = failure;
        const gaveUp = outcome === 'retry' && message.attempts + 1 >= MAX_ATTEMPTS;
        if (outcome === 'refused' || gaveUp) {
          const final = gaveUp ? `Gave up after ${MAX_ATTEMPTS} attempts: ${reason}` : reason;
          await markEmailFailed(db, { id: message.id, now: now(), reason: final });
          options.onRefused?.(message.id, final);
          result.refused += 1;
          continue;
        }
        const availableAt = new Date(now().getTime() + retryDelayMs(message.attempts));
        await releaseEmailForRetry(db, { id: message.id, workerId, availableAt, reason });
        if (outcome === 'retry') {
          result.retried += 1;
          continue;
        }
        await releaseEmailClaims(db, { workerId, reason });
        result.unreachable = reason;
        return result;
      }
    }
    return result;
  } finally {
    clearInterval(renew);
  }
}
