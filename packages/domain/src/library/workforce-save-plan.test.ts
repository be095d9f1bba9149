import { describe, expect, it } from 'vitest';
import type { TWorkforceKpiValue } from '../workforce/kpi-values.ts';
import {
  defaultWorkforceAmbition,
  planWorkforceKpi,
  workforceAddRefusals,
  type TWorkforceKpiPlan,
} from './workforce-save-plan.ts';

const value = (group: string, v = 1.4): TWorkforceKpiValue => ({
  kpiCode: 'WRES-2',
  group,
  value: v,
  numerator: null,
  denominator: null,
  suppressed: false,
});
const base = {
  kpiCode: 'WRES-2',
  values: [value(''), value('Band 5')],
  kpi: null,
  replaces: 0,
  strategyEndYear: '2027/28',
  asOf: '2026-03-31',
};

describe('planWorkforceKpi', () => {
  it('writes to the live KPI with the code, replacing what it holds that day', () => {
    const plan = planWorkforceKpi({
      ...base,
      kpi: { id: 'k1', title: 'Shortlisting', isArchived: false },
      replaces: 3,
    });
    expect(plan).toMatchObject({ status: 'present', kpiId: 'k1', replaces: 3, reason: null });
  });

  it('writes nothing to an archived KPI, and says how to go on', () => {
    const plan = planWorkforceKpi({
      ...base,
      kpi: { id: 'k1', title: 'Shortlisting', isArchived: true },
      replaces: 3,
    });
    expect(plan).toMatchObject({ status: 'archived', kpiId: 'k1', replaces: 0 });
    expect(plan.reason).toMatch(/restore it or use another code/);
  });

  it('may add a missing library KPI with the whole-workforce value as its baseline', () => {
    const plan = planWorkforceKpi(base);
    expect(plan.status).toBe('can_create');
    expect(plan.create?.libraryCode).toBe('WRES-2');
  });

  it.each([
    ['the trust has no strategy', { strategyEndYear: null }, /no strategy/],
    ['there is no whole-workforce value', { values: [value('Band 5')] }, /No whole-workforce/],
    ['only the trust can set its target', { kpiCode: 'WRES-1' }, /target only the trust/],
  ])('cannot add it when %s', (_, change, reason) => {
    const plan = planWorkforceKpi({ ...base, ...change });
    expect(plan.status).toBe('cannot_create');
    expect(plan.reason).toMatch(reason);
  });
});

describe('defaultWorkforceAmbition', () => {
  it('puts a new KPI beside a live KPI of its library group', () => {
    const live = [{ code: 'WRES-3', ambitionId: 'a2' }];
    expect(defaultWorkforceAmbition('WRES-2', live, ['a1', 'a2'])).toBe('a2');
  });
  it('falls back to the first ambition when that ambition is not the strategy’s', () => {
    const live = [{ code: 'WRES-3', ambitionId: 'gone' }];
    expect(defaultWorkforceAmbition('WRES-2', live, ['a1', 'a2'])).toBe('a1');
  });
  it('has none when the strategy has no ambition', () => {
    expect(defaultWorkforceAmbition('WRES-2', [], [])).toBeNull();
  });
});

describe('workforceAddRefusals', () => {
  const plan = (kpiCode: string, status: TWorkforceKpiPlan['status'], reason: string | null) =>
    ({ ...planWorkforceKpi(base), kpiCode, status, reason }) satisfies TWorkforceKpiPlan;
  const plans = [
    plan('WRES-2', 'can_create', null),
    plan('WRES-3', 'present', null),
    plan('WRES-1', 'cannot_create', 'Needs a target'),
  ];
  it('refuses each chosen code that cannot be added, saying why', () => {
    expect(workforceAddRefusals(['WRES-2', 'WRES-3', 'WRES-1', 'X'], plans)).toEqual([
      'WRES-3 is already one of your KPIs',
      'WRES-1 cannot be added from the library here (Needs a target)',
      'X is not a KPI these figures feed',
    ]);
  });
});
