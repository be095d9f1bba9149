import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { render, screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KpiChart } from './kpi-chart.tsx';
import { SpcChart } from './spc-chart.tsx';

// The shipped stylesheet, so the sizes asserted are the ones the browser applies.
const styles = document.createElement('style');
beforeAll(() => {
  styles.textContent = readFileSync(fileURLToPath(import.meta.resolve('../styles.css')), 'utf8');
  document.head.append(styles);
});
afterAll(() => styles.remove());

const charts = [
  {
    name: 'KpiChart',
    title: 'WRES-1: values against the trajectory and target',
    element: (
      <KpiChart
        id="k"
        title="WRES-1: values against the trajectory and target"
        unit="currency"
        values={[
          { date: '2025-03-31', value: 12000 },
          { date: '2025-06-30', value: 12500 },
          { date: '2025-09-30', value: 13100 },
        ]}
        target={{ date: '2028-03-31', value: 15000 }}
      />
    ),
  },
  {
    name: 'SpcChart',
    title: 'WRES-2: run chart with mean',
    element: (
      <SpcChart
        id="s"
        title="WRES-2: run chart with mean"
        unit="percent"
        points={[
          { date: '2025-01-31', value: 27.5, signal: null },
          { date: '2025-02-28', value: 28.5, signal: null },
        ]}
        mean={28}
        upperLimit={null}
        lowerLimit={null}
      />
    ),
  },
];

describe.each(charts)('$name on a narrow screen and at a large text size', ({ title, element }) => {
  it('sits in a keyboard-focusable region named by its title, so it can scroll sideways', () => {
    render(element);
    const region = screen.getByRole('region', { name: title });
    expect(region.tabIndex).toBe(0);
    expect(region.contains(screen.getByRole('img', { name: title }))).toBe(true);
    expect(getComputedStyle(region).overflowX).toBe('auto');
    // jsdom applies no :focus-visible, so read the focus ring's rule from the sheet itself.
    const focusRule = [...(styles.sheet?.cssRules ?? [])].find(
      (rule): rule is CSSStyleRule =>
        rule instanceof CSSStyleRule && rule.selectorText === `.${region.className}:focus-visible`,
    );
    expect(focusRule?.style.boxShadow).toContain('#ffeb3b');
  });

  it('keeps a minimum width instead of shrinking below it, and sizes its text in rem', () => {
    render(element);
    const chart = screen.getByRole('img', { name: title });
    expect(getComputedStyle(chart).minWidth).toBe('560px');
    const labels = [...chart.querySelectorAll('text')];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) {
      expect(label.getAttribute('font-size')).toBeNull();
      expect(getComputedStyle(label).fontSize).toMatch(/^[\d.]+rem$/);
    }
  });

  it('makes the value-axis margin wide enough for its longest label at 200% text size', () => {
    render(element);
    const chart = screen.getByRole('img', { name: title });
    const valueLabels = [...chart.querySelectorAll('text[text-anchor="end"]')];
    const longest = Math.max(...valueLabels.map((label) => label.textContent.length));
    // Each label ends at its x; 26 units is the text at 200%, about 0.6em a character.
    for (const label of valueLabels) {
      expect(Number(label.getAttribute('x'))).toBeGreaterThanOrEqual(longest * 0.6 * 26);
    }
  });
});

describe('TimeAxis', () => {
  it('leaves at least a wide label’s width between date labels, however many dates there are', () => {
    const values = Array.from({ length: 24 }, (_, i) => ({
      date: new Date(Date.UTC(2025, i + 1, 0)),
      value: 20 + i,
    }));
    render(<KpiChart id="t" title="Monthly" unit="percent" values={values} />);
    const chart = screen.getByRole('img', { name: 'Monthly' });
    const xs = [...chart.querySelectorAll('text[text-anchor="middle"]')].map((label) =>
      Number(label.getAttribute('x')),
    );
    expect(xs.length).toBeGreaterThan(1);
    for (let i = 1; i < xs.length; i++) {
      expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThanOrEqual(4.4 * 26);
    }
  });
});
