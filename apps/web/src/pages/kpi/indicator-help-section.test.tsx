import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IndicatorHelpSection } from './indicator-help-section.tsx';

afterEach(cleanup);

const termsOf = () =>
  within(screen.getByTestId('indicator-help'))
    .getAllByRole('term')
    .map((t) => t.textContent);

describe('the indicator help on a KPI page', () => {
  it('explains a library relative likelihood, with its 0.80 to 1.25 band', () => {
    render(<IndicatorHelpSection kpi={{ code: 'WDES-3', tags: [] }} />);
    expect(screen.getByRole('heading', { name: 'Understanding this indicator' })).toBeTruthy();
    expect(termsOf()).toEqual([
      'What it measures',
      'Where the data comes from',
      'Which way is better',
      'The 0.80 to 1.25 band',
    ]);
    expect(screen.getByText(/Between 0\.80 and 1\.25 is treated as not adverse/)).toBeTruthy();
  });

  it('finds the indicator of a KPI with a code of its own through its WDES tag', () => {
    render(
      <IndicatorHelpSection
        kpi={{ code: 'WDES-4a', tags: [{ tag: { framework: 'wdes', code: 'WDES-4' } }] }}
      />,
    );
    expect(screen.getByText('This KPI tracks the national NHS indicator WDES-4.')).toBeTruthy();
    expect(screen.getByText(/^Lower is better/)).toBeTruthy();
  });

  it('shows nothing for a local KPI', () => {
    const { container } = render(<IndicatorHelpSection kpi={{ code: 'NSS-BELONG', tags: [] }} />);
    expect(container.textContent).toBe('');
  });
});
