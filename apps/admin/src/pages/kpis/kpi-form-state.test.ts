import { ZAdminKpiRulesInput } from '@belonging/domain';
import { describe, expect, it } from 'vitest';
import { EMPTY_KPI_FORM, kpiRulesFrom, placementFrom } from './kpi-form-state.ts';

describe('the KPI form read with the shared schema', () => {
  it('passes a complete increase KPI with a trajectory point', () => {
    const parsed = ZAdminKpiRulesInput.safeParse(
      kpiRulesFrom({
        ...EMPTY_KPI_FORM,
        baselineValue: '43.4',
        baselineDate: '2024-03-31',
        targetValue: '50',
        targetDate: '2028-03-31',
        trajectory: [{ date: '2026-03-31', value: '46' }],
      }),
    );
    expect(parsed.success).toBe(true);
    expect(parsed.data?.target).toEqual({ value: 50, date: new Date('2028-03-31T00:00:00.000Z') });
  });

  it('names the band field when a band KPI has no band, and ignores the target it hides', () => {
    const parsed = ZAdminKpiRulesInput.safeParse(
      kpiRulesFrom({
        ...EMPTY_KPI_FORM,
        direction: 'band',
        baselineValue: '1.4',
        baselineDate: '2024-03-31',
        targetValue: 'x',
      }),
    );
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('band.low');
    expect(paths).not.toContain('target.value');
  });

  it('treats an empty box as not given, never as zero', () => {
    const rules = kpiRulesFrom({ ...EMPTY_KPI_FORM, baselineValue: ' ', reportingLagDays: '' });
    expect(rules.baseline.value).toBeUndefined();
    expect(rules.reportingLagDays).toBeNull();
  });

  it('splits the placement choice into an ambition or a commitment', () => {
    expect(placementFrom('commitment:c1')).toEqual({ ambitionId: null, commitmentId: 'c1' });
    expect(placementFrom('ambition:a1')).toEqual({ ambitionId: 'a1', commitmentId: null });
    expect(placementFrom('')).toEqual({ ambitionId: null, commitmentId: null });
  });
});
