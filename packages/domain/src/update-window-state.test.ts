import { describe, expect, it } from 'vitest';
import { closesBeforeOpening, updateWindowState } from './update-window-state.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
// The 2026/27 Q2 window: 17 September to 21 October 2026.
const period = { windowOpens: day('2026-09-17'), windowCloses: day('2026-10-21') };

describe('the state of an update window', () => {
  it.each([
    ['upcoming the day before it opens', '2026-09-16T12:00:00Z', 'upcoming'],
    ['open on its first day', '2026-09-17T00:00:00Z', 'open'],
    ['open on its last day', '2026-10-21T22:59:59Z', 'open'],
    ['closed from the day after its last day', '2026-10-22T12:00:00Z', 'closed'],
    // 23:30 UTC on 16 September is 00:30 on the 17th in London (summer time).
    [
      'open once it is the first day in London, though still the day before in UTC',
      '2026-09-16T23:30:00Z',
      'open',
    ],
    [
      'closed once it is the day after in London, though still the last day in UTC',
      '2026-10-21T23:30:00Z',
      'closed',
    ],
  ] as const)('is %s', (_name, now, state) => {
    expect(updateWindowState(period, new Date(now))).toBe(state);
  });
});

describe('the order of an update window’s dates', () => {
  it.each([
    ['refuses a window that closes the day before it opens', '2026-09-16', true],
    ['allows a window of a single day', '2026-09-17', false],
    ['allows a window that closes after it opens', '2026-10-21', false],
  ] as const)('%s', (_name, closes, refused) => {
    expect(closesBeforeOpening({ windowOpens: day('2026-09-17'), windowCloses: day(closes) })).toBe(
      refused,
    );
  });
});
