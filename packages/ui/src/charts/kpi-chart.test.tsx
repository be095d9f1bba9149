import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KpiChart } from './kpi-chart.tsx';

const values = [
  { date: '2025-03-31', value: 28 },
  { date: '2025-09-30', value: 29.5 },
  { date: '2026-03-31', value: 31 },
];

describe('KpiChart', () => {
  it('is an image named by its title and described in words, with every value in the description', () => {
    render(
      <KpiChart
        id="t"
        title="WRES-1 against trajectory"
        unit="percent"
        values={values}
        expected={[
          { date: '2025-03-31', value: 27 },
          { date: '2028-03-31', value: 35 },
        ]}
        target={{ date: '2028-03-31', value: 35 }}
      />,
    );
    const chart = screen.getByRole('img', { name: 'WRES-1 against trajectory' });
    const description =
      document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
    expect(description).toContain('3 values from 28% at 31 March 2025 to 31% at 31 March 2026');
    expect(description).toContain('Target 35% by 31 March 2028');
    expect(chart.querySelectorAll('circle.bt-chart__point')).toHaveLength(3);
    expect(chart.querySelector('path.bt-chart__expected')).not.toBeNull();
  });

  it('keys each line style to its meaning in words, and the band only when there is one', () => {
    const { rerender } = render(
      <KpiChart id="t" title="A" unit="ratio" values={values} band={{ low: 0.8, high: 1.25 }} />,
    );
    const key = screen.getByRole('list', { name: 'Chart key' });
    expect(key.textContent).toContain('Solid line and dots: measured values');
    expect(key.textContent).toContain('Shaded area: target band');
    expect(document.querySelector('rect.bt-chart__band')).not.toBeNull();
    rerender(<KpiChart id="t" title="A" unit="ratio" values={values} />);
    expect(screen.getByRole('list', { name: 'Chart key' }).textContent).not.toContain('band');
  });

  it('says there are no values rather than drawing an empty frame silently', () => {
    render(<KpiChart id="t" title="Empty" unit="percent" values={[]} />);
    const chart = screen.getByRole('img', { name: 'Empty' });
    expect(
      document.getElementById(chart.getAttribute('aria-describedby') ?? '')?.textContent,
    ).toContain('No values recorded yet.');
  });
});
