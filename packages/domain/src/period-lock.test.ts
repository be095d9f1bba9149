import { describe, expect, it } from 'vitest';
import { lockedPeriodRefusal } from './period-lock.ts';

describe('the lock rule', () => {
  it('lets an unlocked period change', () => {
    expect(lockedPeriodRefusal({ label: '2026/27 Q2', lockedAt: null })).toBeNull();
  });

  it('refuses any change to a locked period, saying when it was locked', () => {
    const lockedAt = new Date('2026-10-28T10:15:00Z');
    expect(lockedPeriodRefusal({ label: '2026/27 Q2', lockedAt })).toBe(
      '2026/27 Q2 was locked on 2026-10-28: its board snapshot cannot change.',
    );
  });
});
