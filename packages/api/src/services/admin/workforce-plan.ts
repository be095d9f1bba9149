import {
  findKpisByCode,
  findStrategyForWorkforce,
  findValuesAt,
  findWorkforceUpload,
  type DbClient,
} from '@belonging/db';
import {
  findLibraryIndicator,
  parseIsoDay,
  planWorkforceLibraryKpi,
  workforceKpiValues,
  type TWorkforceKpiValue,
  type TWorkforceLibraryKpi,
  type TWorkforceResult,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import type { Actor } from '@belonging/db';

/** One upload of the caller's trust with its figures read; another trust's id is NOT_FOUND. */
export async function requireWorkforceUpload(db: DbClient, actor: Actor, id: string) {
  const found = await findWorkforceUpload(db, actor.organisationId, id);
  if (!found)
    throw new ApiError('NOT_FOUND', 'That workforce upload does not exist in your trust.');
  const { result, ...upload } = found;
  return { upload, result: JSON.parse(result) as TWorkforceResult };
}

type KpiRow = Awaited<ReturnType<typeof findKpisByCode>>[number];

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

function ambitionOf(kpi: KpiRow): string | null {
  return kpi.ambitionId ?? kpi.commitment?.ambitionId ?? null;
}

/** Every KPI code the year's figures feed, what saving would do to each, and what was skipped. */
export async function planWorkforceSave(db: DbClient, actor: Actor, result: TWorkforceResult) {
  const { values, skipped } = workforceKpiValues(result);
  const codes = [...new Set(values.map((v) => v.kpiCode))];
  const asOf = parseIsoDay(result.asOf);
  const [kpis, strategy] = await Promise.all([
    findKpisByCode(db, actor.organisationId, codes),
    findStrategyForWorkforce(db, actor.organisationId),
  ]);
  const byCode = new Map(kpis.map((k) => [k.code, k]));
  const live = kpis.filter((k) => !k.archivedAt);
  const existing = await findValuesAt(
    db,
    live.map((k) => k.id),
    asOf,
  );
  const kpis_: TWorkforceKpiPlan[] = codes.map((kpiCode) => {
    const own = values.filter((v) => v.kpiCode === kpiCode);
    const kpi = byCode.get(kpiCode);
    const base = { kpiCode, values: own, replaces: 0, create: null, reason: null };
    if (kpi && !kpi.archivedAt) {
      const replaces = existing.filter((m) => m.kpiId === kpi.id).length;
      return { ...base, title: kpi.title, status: 'present', kpiId: kpi.id, replaces };
    }
    if (kpi) {
      const reason = 'Archived: its values are not written; restore it or use another code';
      return { ...base, title: kpi.title, status: 'archived', kpiId: kpi.id, reason };
    }
    const title = findLibraryIndicator(kpiCode)?.title ?? kpiCode;
    const headline = own.find((v) => v.group === '');
    if (!headline || !strategy) {
      const reason = !strategy
        ? 'Your trust has no strategy to add the KPI to'
        : 'No whole-workforce value this year to use as its baseline';
      return { ...base, title, status: 'cannot_create', kpiId: null, reason };
    }
    const plan = planWorkforceLibraryKpi(kpiCode, {
      value: headline.value,
      asOf: result.asOf,
      strategyEndYear: strategy.endYear,
    });
    return plan.canCreate
      ? { ...base, title, status: 'can_create', kpiId: null, create: plan.input }
      : { ...base, title, status: 'cannot_create', kpiId: null, reason: plan.reason };
  });
  return {
    asOf,
    kpis: kpis_,
    skipped,
    /** Where a new KPI goes by default: beside a KPI of its framework, else the first ambition. */
    defaultAmbitionId: (code: string): string | null => {
      const group = findLibraryIndicator(code)?.group;
      const sibling = live.find((k) => group && findLibraryIndicator(k.code)?.group === group);
      const ambition = sibling && ambitionOf(sibling);
      if (ambition && strategy?.ambitions.some((a) => a.id === ambition)) return ambition;
      return strategy?.ambitions[0]?.id ?? null;
    },
  };
}
