/**
 * Limits on the files the server makes (board papers, exports), so no one person can keep the
 * renderers busy for everyone: a number of files per person per minute, and one file per request.
 * In memory per server process, like the caches they protect.
 */
export const EXPORTS_PER_MINUTE = 10;
const WINDOW_MS = 60_000;

export const EXTRA_HEAVY_CALL_MESSAGE =
  'Only one file can be made per request: ask for the others one at a time.';

/** The words of a refusal past the per-minute limit. */
export function exportLimitMessage(retryAfterSeconds: number): string {
  const seconds = retryAfterSeconds === 1 ? '1 second' : `${retryAfterSeconds} seconds`;
  return `You have asked for ${EXPORTS_PER_MINUTE} files in the last minute. Try again in ${seconds}.`;
}

export class ExportRateLimit {
  private readonly taken = new Map<string, number[]>();

  constructor(private readonly perMinute = EXPORTS_PER_MINUTE) {}

  /** Counts one file for `userId`: 0 when it may be made, else the seconds until one may. */
  take(userId: string, now = Date.now()): number {
    this.dropStale(now);
    const recent = this.taken.get(userId) ?? [];
    if (recent.length >= this.perMinute) {
      const oldest = recent[0] ?? now;
      return Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    }
    this.taken.set(userId, [...recent, now]);
    return 0;
  }

  /** Forgets requests older than the window, and people with none left, so the map stays small. */
  private dropStale(now: number): void {
    for (const [userId, times] of this.taken) {
      const recent = times.filter((t) => now - t < WINDOW_MS);
      if (recent.length === 0) this.taken.delete(userId);
      else if (recent.length !== times.length) this.taken.set(userId, recent);
    }
  }
}

/** The heavy calls of one HTTP request (one tRPC batch): the first goes ahead, the rest are refused. */
export class HeavyCallBudget {
  private used = 0;

  /** True when this request may make one more file. */
  take(): boolean {
    this.used += 1;
    return this.used === 1;
  }
}
