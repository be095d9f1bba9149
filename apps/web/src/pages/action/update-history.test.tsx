import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TActionDetail } from '../../lib/api-types.ts';
import { UpdateCard } from './update-history.tsx';

afterEach(cleanup);

const update: TActionDetail['updates'][number] = {
  id: 'upd_1',
  createdAt: new Date('2026-10-05T09:30:00Z'),
  narrative: 'Talks with the staff networks are at an early stage.',
  progressPercent: 40,
  status: 'in_progress',
  ownerRag: null,
  ownerRagReason: null,
  effectiveRag: 'green',
  risks: null,
  nextSteps: null,
  recoveryAction: null,
  isInternal: false,
  author: { id: 'usr_1', name: 'Ann Owner' },
  period: { id: 'per_1', label: '2026/27 Q2' },
};

describe('a saved update', () => {
  it('says when its narrative is kept inside the trust', () => {
    render(<UpdateCard update={{ ...update, isInternal: true }} />);
    expect(screen.getByText('Public progress page')).toBeTruthy();
    expect(screen.getByText('Narrative kept inside the trust')).toBeTruthy();
  });

  it('says nothing of the public page when its narrative may be published', () => {
    render(<UpdateCard update={update} />);
    expect(screen.queryByText('Public progress page')).toBeNull();
  });
});
