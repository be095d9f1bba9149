/**
 * Password-check throttling: attempts are counted per account and per address in a sliding
 * window; past the limit, checks are refused until the oldest attempt leaves the window. In
 * memory, which suits the single server process this product runs as.
 */
export type ThrottleLimits = { perAccount: number; perAddress: number; windowMs: number };

export const DEFAULT_THROTTLE: ThrottleLimits = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60 * 1000,
};

export class SignInThrottle {
  private readonly attempts = new Map<string, number[]>();

  constructor(private readonly limits: ThrottleLimits = DEFAULT_THROTTLE) {}

  /**
   * Counts an attempt before any password is checked, so concurrent attempts cannot all slip
   * under the limit. Answers the seconds to wait (nothing counted) or 0 when the check may go ahead.
   */
  begin(account: string, address: string, now: number): number {
    const wait = Math.max(
      this.waitFor(`account:${account}`, this.limits.perAccount, now),
      this.waitFor(`address:${address}`, this.limits.perAddress, now),
    );
    if (wait > 0) return Math.ceil(wait / 1000);
    for (const key of [`account:${account}`, `address:${address}`])
      this.attempts.set(key, [...this.recent(key, now), now]);
    return 0;
  }

  /** A correct password: the account starts afresh and the attempt begun at `at` no longer counts against the address. */
  succeed(account: string, address: string, at: number): void {
    this.attempts.delete(`account:${account}`);
    const key = `address:${address}`;
    const list = this.attempts.get(key) ?? [];
    const index = list.lastIndexOf(at);
    if (index >= 0) list.splice(index, 1);
    if (list.length === 0) this.attempts.delete(key);
  }

  private recent(key: string, now: number): number[] {
    return (this.attempts.get(key) ?? []).filter((t) => now - t < this.limits.windowMs);
  }

  private waitFor(key: string, limit: number, now: number): number {
    const list = this.recent(key, now);
    if (list.length < limit) return 0;
    const oldest = list[list.length - limit] ?? now;
    return oldest + this.limits.windowMs - now;
  }
}
