import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictPanel, readTheirUpdate } from './conflict-panel.tsx';
import type { TUpdateFields } from './update-rules.ts';

const mine: TUpdateFields = {
  narrative: 'My narrative',
  progressPercent: '50',
  status: 'in_progress',
  ownerRag: 'amber',
  ownerRagReason: '',
  risks: 'My risk',
  nextSteps: '',
  recoveryAction: 'My recovery',
};

describe('the conflict panel', () => {
  afterEach(cleanup);

  it('shows the other update’s risks, next steps and recovery action beside the owner’s own', () => {
    const theirs = readTheirUpdate({
      latestUpdate: {
        narrative: 'Their narrative',
        progressPercent: 60,
        status: 'in_progress',
        ownerRag: 'red',
        ownerRagReason: 'Two sessions cancelled',
        risks: 'Their risk',
        nextSteps: 'Their next step',
        recoveryAction: 'Their recovery plan',
        createdAt: '2026-11-20T10:00:00Z',
        author: { name: 'Tomasz Nowak' },
      },
    });
    render(<ConflictPanel theirs={theirs} mine={mine} />);
    const their = within(screen.getByTestId('their-update'));
    for (const text of ['Their recovery plan', 'Their risk', 'Their next step', /Two sessions/])
      expect(their.getByText(text)).toBeTruthy();
    const my = within(screen.getByTestId('my-update'));
    expect(my.getByText('My recovery')).toBeTruthy();
    expect(my.getByText('My risk')).toBeTruthy();
  });
});
