import { spc } from '@belonging/domain';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SpcChart } from './spc-chart.tsx';
import { AssuranceIcon, VariationIcon } from './spc-icons.tsx';

// The published Making Data Count check (DOMAIN.md §5): mean 23.20, limits 8.76 and 37.64.
const PUBLISHED = [20, 24, 20, 26, 22, 16, 18, 16, 31, 28, 34, 26, 30, 19, 18];
const dates = PUBLISHED.map((_, i) => new Date(Date.UTC(2025, i, 1)));

describe('SpcChart', () => {
  it('draws the mean and both process limits and names them in its description', () => {
    const result = spc(PUBLISHED, { direction: 'increase' });
    render(
      <SpcChart
        id="s"
        title="SPC"
        unit="number"
        points={PUBLISHED.map((value, i) => ({
          date: dates[i] ?? new Date(),
          value,
          signal: result.points[i]?.signal ?? null,
        }))}
        mean={result.mean}
        upperLimit={result.upperLimit}
        lowerLimit={result.lowerLimit}
      />,
    );
    const chart = screen.getByRole('img', { name: 'SPC' });
    const description =
      document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(description).toContain('15 points, mean 23.2.');
    expect(description).toContain('Process limits 8.76 to 37.64.');
    expect(chart.querySelectorAll('line.bt-spc__limit')).toHaveLength(2);
    expect(chart.querySelectorAll('line.bt-spc__mean')).toHaveLength(1);
  });

  it('marks special-cause points with their own shape and says which they are', () => {
    const points = [
      { date: '2025-01-31', value: 10, signal: null },
      { date: '2025-02-28', value: 30, signal: 'improvement' },
      { date: '2025-03-31', value: 2, signal: 'concern' },
    ] as const;
    render(
      <SpcChart
        id="s"
        title="Signals"
        unit="number"
        points={[...points]}
        mean={14}
        upperLimit={25}
        lowerLimit={3}
      />,
    );
    const chart = screen.getByRole('img', { name: 'Signals' });
    expect(chart.querySelector('[data-signal="improvement"] rect')).not.toBeNull();
    expect(chart.querySelector('[data-signal="concern"] path')).not.toBeNull();
    expect(chart.querySelector('[data-signal="none"] circle')).not.toBeNull();
    const key = screen.getByRole('list', { name: 'Chart key' }).textContent ?? '';
    expect(key).toContain('Square: special cause: improvement');
    expect(key).toContain('Diamond: special cause: concern');
  });

  it('draws a run chart with no limits below the minimum number of points', () => {
    render(
      <SpcChart
        id="s"
        title="Run"
        unit="percent"
        points={[{ date: '2025-01-31', value: 10, signal: null }]}
        mean={10}
        upperLimit={null}
        lowerLimit={null}
      />,
    );
    const chart = screen.getByRole('img', { name: 'Run' });
    expect(chart.querySelectorAll('line.bt-spc__limit')).toHaveLength(0);
    expect(
      document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('Too few points for process limits');
  });
});

describe('Making Data Count icons', () => {
  it('gives each variation icon its name and meaning in words; the drawing is hidden', () => {
    const { container } = render(<VariationIcon variation="concern_low" />);
    expect(container.textContent).toContain('Variation: Concern (low).');
    expect(container.textContent).toContain('concerning nature');
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says why there is no assurance icon when a KPI has no target', () => {
    const { container } = render(<AssuranceIcon assurance={null} />);
    expect(container.textContent).toContain('No assurance icon');
  });

  it('names a failing assurance icon', () => {
    const { container } = render(<AssuranceIcon assurance="fail" />);
    expect(container.textContent).toContain('Assurance: Consistently failing.');
  });
});
