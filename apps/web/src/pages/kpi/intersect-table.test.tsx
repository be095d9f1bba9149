import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TKpiDetail } from '../../lib/api-types.ts';
import { IntersectTable } from './intersect-table.tsx';

const shown = {
  ethnicity: 'BME',
  sex: 'female',
  disability: 'yes',
  headcount: 120,
  percentOfWorkforce: 30.3,
  percentSenior: 2,
  meanHourly: 19.2,
  medianHourly: 18.1,
  meanGapVsReference: 9.4,
  suppressed: false,
} as const;
const hidden = {
  ethnicity: 'White',
  sex: 'male',
  disability: null,
  headcount: null,
  percentOfWorkforce: null,
  percentSenior: null,
  meanHourly: null,
  medianHourly: null,
  meanGapVsReference: null,
  suppressed: true,
} as const;

const kpi = (intersect: TKpiDetail['intersect']) => ({ intersect }) as TKpiDetail;

describe('IntersectTable', () => {
  afterEach(cleanup);

  it('names each group in words, shows its figures, and hides a suppressed cell as * with "Hidden"', () => {
    render(
      <IntersectTable
        kpi={kpi({ asOf: new Date('2026-03-31'), threshold: 10, rows: [shown, hidden] })}
      />,
    );
    const region = screen.getByRole('region', { name: 'Intersectional breakdown' });
    expect(region.tabIndex).toBe(0);
    const rows = within(region).getAllByRole('row');
    expect(rows[1]?.textContent).toContain('BME women, Disabled');
    expect(rows[1]?.textContent).toContain('£19.20');
    // Percentages read down evenly, one decimal place each, whole numbers too: 30.3%, 2.0%, 9.4%.
    expect(rows[1]?.textContent).toContain('30.3%2.0%£19.20£18.109.4%');
    expect(rows[2]?.textContent).toMatch(/^White men/);
    expect(within(rows[2] as HTMLElement).getAllByText('Hidden')).toHaveLength(6);
    expect(
      screen.getByText(/Groups of fewer than 10 people, and any value that would let one be/),
    ).toBeTruthy();
  });

  it('shows nothing for a KPI without workforce figures', () => {
    const { container } = render(<IntersectTable kpi={kpi(null)} />);
    expect(container.textContent).toBe('');
  });
});
