import type { TBoardReport } from '@belonging/domain';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { TPeriod } from '../../lib/api-types.ts';
import { ReportStatus } from './report-period.tsx';

const report = {
  asOf: '2024-07-22',
  period: {
    id: 'q1',
    label: '2024/25 Q1',
    startDate: '2024-04-01',
    endDate: '2024-06-30',
    boardDate: null,
    locked: false,
    lockedAt: null,
  },
} as TBoardReport;
const periods = [
  { id: 'q1', label: '2024/25 Q1', standing: 'past' },
  { id: 'q3', label: '2026/27 Q3', standing: 'live' },
] as TPeriod[];

describe('the report says which period it is and how to see the live one', () => {
  afterEach(cleanup);

  it('names a past unlocked period as past, assessed as it stood then, not from today’s data', () => {
    render(
      <MemoryRouter>
        <ReportStatus report={report} standing="past" periods={periods} />
      </MemoryRouter>,
    );
    const status = screen.getByTestId('report-status').querySelector('p')?.textContent ?? '';
    expect(status).toContain('Past period, not locked You are looking at 2024/25 Q1.');
    expect(status).toContain('Assessed as it stood on 22 July 2024');
    expect(status).not.toMatch(/today's data|Live position/);
    const live = screen.getByRole('link', { name: /See the live position \(2026\/27 Q3\)/ });
    expect(live.getAttribute('href')).toBe('/report?period=q3');
  });

  it('offers no link to the live position when that is what is shown', () => {
    render(
      <MemoryRouter>
        <ReportStatus
          report={{ ...report, period: { ...report.period, id: 'q3', label: '2026/27 Q3' } }}
          standing="live"
          periods={periods}
        />
      </MemoryRouter>,
    );
    expect(screen.getByTestId('report-status').textContent).toContain(
      'You are looking at 2026/27 Q3, the live position.',
    );
    expect(screen.queryByTestId('live-link')).toBeNull();
  });
});
