import type { TUpdateWindowState } from '@belonging/domain';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { WindowNowButton, reopenableId } from './window-now.tsx';

afterEach(cleanup);

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const period = (id: string, windowState: TUpdateWindowState, lockedAt: Date | null = null) => ({
  id,
  label: `2026/27 ${id}`,
  endDate: d('2026-12-31'),
  windowOpens: d('2026-12-17'),
  windowCloses: d('2027-01-21'),
  lockedAt,
  windowState,
});

describe('the window-now buttons', () => {
  it.each([
    ['an open window closes', period('Q3', 'open'), false, 'Close the window now for 2026/27 Q3'],
    [
      'an upcoming window opens',
      period('Q3', 'upcoming'),
      false,
      'Open the window now for 2026/27 Q3',
    ],
    [
      'the newest closed window reopens',
      period('Q2', 'closed'),
      true,
      'Open the window now for 2026/27 Q2',
    ],
  ])('%s', (_name, p, canReopen, name) => {
    render(<WindowNowButton period={p} canReopen={canReopen} onAsk={() => undefined} />);
    expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('offers nothing for a locked period or an older closed one', () => {
    render(
      <>
        <WindowNowButton
          period={period('Q1', 'closed', d('2026-08-01'))}
          canReopen
          onAsk={() => undefined}
        />
        <WindowNowButton
          period={period('Q4', 'closed')}
          canReopen={false}
          onAsk={() => undefined}
        />
      </>,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('reopens only the newest unlocked period whose window has closed', () => {
    const newestFirst = [
      period('Q3', 'upcoming'),
      period('Q2', 'closed', d('2026-11-01')),
      period('Q1', 'closed'),
      period('Q0', 'closed'),
    ];
    expect(reopenableId(newestFirst)).toBe('Q1');
  });
});
