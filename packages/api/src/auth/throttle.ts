/**
 * Sign-in throttling: failures are counted per account and per address in a sliding window;
 * past the limit, sign-in is refused until the oldest failure leaves the window. In memory,
 * which suits the single server process this product runs as.
 */
export type ThrottleLimits = { perAccount: number; perAddress: number; windowMs: number };

export const DEFAULT_THROTTLE: ThrottleLimits = { perAccount: 5, perAddress: 20, windowMs: 15 * 60 * 1000 };

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly limits: ThrottleLimits = DEFAULT_THROTTLE) {}

  /** Seconds to wait before another attempt, or 0 when an attempt is allowed. */
  retryAfter(account: string, address: string, now: number): number {
    const wait = Math.max(
      this.waitFor(`account:${account}`, this.limits.perAccount, now),
      this.waitFor(`address:${address}`, this.limits.perAddress, now),
    );
    return Math.ceil(wait / 1000);
  }

  recordFailure(account: string, address: string, now: number): void {
    for (const key of [`account:${account}`, `address:${address}`]) {
      const list = this.recent(key, now);
      list.push(now);
      this.failures.set(key, list);
    }
  }

  recordSuccess(account: string): void {
    this.failures.delete(`account:${account}`);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
  }

  private waitFor(key: string, limit: number, now: number): number {
    const list = this.recent(key, now);
    if (list.length < limit) return 0;
    const oldest = list[list.length - limit] ?? now;
    return oldest + this.limits.windowMs - now;
  }
}
