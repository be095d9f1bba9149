// What saving a year's workforce figures would do to each KPI code they feed, and which of the
// library KPIs the EDI team chose to add may not be added.
import type { TWorkforceKpiValue } from '../workforce/kpi-values.ts';
import { findLibraryIndicator } from './indicators.ts';
import { planWorkforceLibraryKpi, type TWorkforceLibraryKpi } from './workforce-kpi.ts';

/**
 * What saving would do to one KPI code: `present` writes to the trust's live KPI, `can_create`
 * may add it from the library, `archived` and `cannot_create` are not written.
 */
export type TWorkforceKpiPlan = {
  kpiCode: string;
  title: string;
  status: 'present' | 'archived' | 'can_create' | 'cannot_create';
  kpiId: string | null;
  reason: string | null;
  values: TWorkforceKpiValue[];
  /** How many values the KPI already holds at the snapshot date (all groups), all replaced. */
  replaces: number;
  /** The new KPI's library form when it can be created. */
  create: TWorkforceLibraryKpi | null;
};

/** The plan for one code, from the trust's KPI with that code (if any) and its strategy. */
export function planWorkforceKpi(input: {
  kpiCode: string;
  /** The year's values for this code. */
  values: TWorkforceKpiValue[];
  kpi: { id: string; title: string; isArchived: boolean } | null;
  /** How many values the live KPI already holds at the snapshot date. */
  replaces: number;
  /** The end year of the trust's strategy, or null when it has none. */
  strategyEndYear: string | null;
  asOf: string;
}): TWorkforceKpiPlan {
  const { kpiCode, values, kpi, strategyEndYear } = input;
  const base = { kpiCode, values, replaces: 0, create: null, reason: null };
  if (kpi && !kpi.isArchived) {
    return {
      ...base,
      title: kpi.title,
      status: 'present',
      kpiId: kpi.id,
      replaces: input.replaces,
    };
  }
  if (kpi) {
    const reason = 'Archived: its values are not written; restore it or use another code';
    return { ...base, title: kpi.title, status: 'archived', kpiId: kpi.id, reason };
  }
  const title = findLibraryIndicator(kpiCode)?.title ?? kpiCode;
  const headline = values.find((v) => v.group === '');
  if (!headline || strategyEndYear === null) {
    const reason =
      strategyEndYear === null
        ? 'Your trust has no strategy to add the KPI to'
        : 'No whole-workforce value this year to use as its baseline';
    return { ...base, title, status: 'cannot_create', kpiId: null, reason };
  }
  const plan = planWorkforceLibraryKpi(kpiCode, {
    value: headline.value,
    asOf: input.asOf,
    strategyEndYear,
  });
  return plan.canCreate
    ? { ...base, title, status: 'can_create', kpiId: null, create: plan.input }
    : { ...base, title, status: 'cannot_create', kpiId: null, reason: plan.reason };
}

/**
 * Where a new library KPI goes by default: the ambition of a live KPI of the same library group
 * (if it is one of the strategy's), else the strategy's first ambition.
 */
export function defaultWorkforceAmbition(
  code: string,
  liveKpis: readonly { code: string; ambitionId: string | null }[],
  ambitionIds: readonly string[],
): string | null {
  const group = findLibraryIndicator(code)?.group;
  const sibling = liveKpis.find((k) => group && findLibraryIndicator(k.code)?.group === group);
  const ambition = sibling?.ambitionId;
  if (ambition && ambitionIds.includes(ambition)) return ambition;
  return ambitionIds[0] ?? null;
}

const STATUS_REFUSALS: Record<Exclude<TWorkforceKpiPlan['status'], 'can_create'>, string> = {
  present: 'is already one of your KPIs',
  archived: 'is an archived KPI of your trust',
  cannot_create: 'cannot be added from the library here',
};

/** Every chosen code that is not a missing library KPI these figures feed, with why. */
export function workforceAddRefusals(
  chosen: readonly string[],
  plans: readonly TWorkforceKpiPlan[],
): string[] {
  return chosen.flatMap((code) => {
    const plan = plans.find((k) => k.kpiCode === code);
    if (!plan) return [`${code} is not a KPI these figures feed`];
    if (plan.status === 'can_create') return [];
    const why = STATUS_REFUSALS[plan.status];
    return [`${code} ${why}${plan.reason ? ` (${plan.reason})` : ''}`];
  });
}
