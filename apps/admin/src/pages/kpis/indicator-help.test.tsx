import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IndicatorHelp } from './indicator-help.tsx';

afterEach(cleanup);

const rowsOf = () =>
  Array.from(
    within(screen.getByTestId('indicator-help')).getAllByRole('term'),
    (term) => `${term.textContent ?? ''}: ${term.nextElementSibling?.textContent ?? ''}`,
  );

describe('the help beside the indicator library picker', () => {
  it('explains a relative likelihood, with the 0.80 to 1.25 band', () => {
    render(<IndicatorHelp code="WRES-2" title="Relative likelihood of appointment" />);
    expect(
      screen.getByRole('heading', { name: 'About WRES-2: Relative likelihood of appointment' }),
    ).toBeTruthy();
    const rows = rowsOf();
    expect(rows.map((r) => r.split(':')[0])).toEqual([
      'What it measures',
      'Where the data comes from',
      'Which way is better',
      'The 0.80 to 1.25 band',
    ]);
    expect(rows[1]).toContain('Recruitment system (NHS Jobs or TRAC)');
    expect(rows[2]).toContain('Closer to 1.00 is better');
    expect(rows[3]).toContain('Between 0.80 and 1.25 is treated as not adverse');
  });

  it('says which way is better for a percentage, with no band', () => {
    render(<IndicatorHelp code="WDES-6" title="Presenteeism" level={2} />);
    expect(screen.getByRole('heading', { level: 2 })).toBeTruthy();
    const rows = rowsOf();
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain('Lower is better');
  });
});
