import { describe, expect, it } from 'vitest';
import { ZAdminKpiRulesInput } from './inputs/admin/kpi.ts';
import { kpiDefinitionOfForm } from './kpi-form-definition.ts';

const base = {
  unit: 'percent',
  baseline: { value: 40, date: '2025-03-31' },
  tolerance: { kind: 'relative', value: 10 },
  frequency: 'annual',
};
const target = { value: 50, date: '2028-03-31' };
const band = { low: 30, high: 60 };

describe('kpiDefinitionOfForm', () => {
  it.each([
    {
      name: 'an increase KPI keeps its target and no band',
      direction: 'increase',
      hasTarget: true,
    },
    { name: 'a decrease KPI keeps its target and no band', direction: 'decrease', hasTarget: true },
    { name: 'a band KPI keeps its band and no target', direction: 'band', hasTarget: false },
  ])('$name', ({ direction, hasTarget }) => {
    const form = ZAdminKpiRulesInput.parse({ ...base, direction, target, band });
    const definition = kpiDefinitionOfForm(form);
    expect(definition.target).toEqual(
      hasTarget ? { value: 50, date: new Date('2028-03-31') } : null,
    );
    expect(definition.band).toEqual(hasTarget ? null : band);
  });

  it('reads an empty trajectory as none, and a given one as it is', () => {
    const none = ZAdminKpiRulesInput.parse({ ...base, direction: 'increase', target });
    expect(kpiDefinitionOfForm(none).trajectory).toBeNull();
    const point = { value: 45, date: '2026-03-31' };
    const some = ZAdminKpiRulesInput.parse({ ...none, target, trajectory: [point] });
    expect(kpiDefinitionOfForm(some).trajectory).toEqual([
      { value: 45, date: new Date('2026-03-31') },
    ]);
  });

  it('reads a missing reporting lag as none', () => {
    const form = ZAdminKpiRulesInput.parse({ ...base, direction: 'increase', target });
    expect(kpiDefinitionOfForm(form).reportingLagDays).toBeNull();
  });
});
