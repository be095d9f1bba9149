import { ZAdminKpiRulesInput, assessKpi, spc } from '@belonging/domain';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KpiPreviewReading, type TKpiPreview } from './kpi-preview-reading.tsx';

afterEach(cleanup);

const rules = ZAdminKpiRulesInput.parse({
  unit: 'percent',
  direction: 'increase',
  baseline: { value: 45, date: '2024-03-31' },
  target: { value: 58, date: '2028-03-31' },
  trajectory: [
    { value: 52, date: '2026-03-31' },
    { value: 48, date: '2025-03-31' },
  ],
  tolerance: { kind: 'relative', value: 10 },
  frequency: 'annual',
});

/** What the API's preview works out: the same domain rules on the KPI's values. */
function previewOf(values: { periodEnd: Date; value: number }[]): TKpiPreview {
  const now = new Date('2026-12-01T00:00:00.000Z');
  const definition = { ...rules, target: rules.target ?? undefined, band: undefined };
  return {
    assessment: assessKpi(definition, values, now),
    spc: spc(
      values.map((v) => v.value),
      { direction: 'increase', target: 58 },
    ),
    series: values,
  };
}

describe('the KPI preview before any value exists', () => {
  it('says the KPI needs a first value, not a target and a direction it already has', () => {
    render(<KpiPreviewReading rules={rules} preview={previewOf([])} title="Equal opportunities" />);
    expect(screen.getByTestId('preview-colour').textContent).toBe(
      'Colour now: Not rated yet: it needs a first value.',
    );
    const icons = screen.getByTestId('preview-icons').textContent ?? '';
    expect(icons).toContain(
      'No assurance icon yet: it needs 13 values (none so far) for its process limits.',
    );
    expect(icons).not.toContain('it needs a target and a direction');
  });

  it('draws the baseline, the trajectory in date order and the target', () => {
    const { container } = render(
      <KpiPreviewReading rules={rules} preview={previewOf([])} title="Equal opportunities" />,
    );
    const chart = screen.getByRole('img', {
      name: 'Equal opportunities: baseline, trajectory and target',
    });
    expect(chart).toBeTruthy();
    expect(container.querySelector('.bt-chart__expected')).not.toBeNull();
    expect(container.querySelector('.bt-chart__target')).not.toBeNull();
    const key = within(container.querySelector('figure') as HTMLElement);
    expect(key.getByText('Dashed line: expected trajectory')).toBeTruthy();
    expect(key.getByText('Diamond: target')).toBeTruthy();
  });

  it('shows the colour with its word once there is a value', () => {
    render(
      <KpiPreviewReading
        rules={rules}
        preview={previewOf([{ periodEnd: new Date('2026-03-31T00:00:00.000Z'), value: 53 }])}
        title="Equal opportunities"
      />,
    );
    expect(screen.getByTestId('preview-colour').textContent).toBe('Colour now: Green On track');
  });
});
