import type { TUpdateWindowState } from '@belonging/domain';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChaseList, periodToChase } from './chase-list.tsx';

afterEach(cleanup);

const period = (label: string, windowState: TUpdateWindowState, isLocked = false) => ({
  label,
  windowState,
  isLocked,
  windowCloses: new Date('2026-10-21T00:00:00.000Z'),
  chaseList: [],
});

describe('periodToChase', () => {
  it('chases the newest period whose window has opened while it is unlocked', () => {
    const q2 = period('2026/27 Q2', 'closed');
    expect(periodToChase([period('2026/27 Q3', 'upcoming'), q2])).toEqual({
      period: q2,
      locked: null,
    });
  });

  it('chases nobody once that period is locked, not an older unlocked one', () => {
    const newestFirst = [
      period('2026/27 Q3', 'upcoming'),
      period('2026/27 Q2', 'closed', true),
      period('2025/26 Q4', 'closed'),
    ];
    expect(periodToChase(newestFirst)).toEqual({ period: null, locked: '2026/27 Q2' });
  });
});

describe('ChaseList', () => {
  it('says the locked period needs no chasing', () => {
    render(<ChaseList period={null} locked="2026/27 Q2" />);
    expect(
      screen.getByText(
        '2026/27 Q2 is locked, so nobody needs chasing until the next update window opens.',
      ),
    ).toBeTruthy();
  });
});
