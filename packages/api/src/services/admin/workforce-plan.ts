import {
  findKpisByCode,
  findStrategyForWorkforce,
  findValuesAt,
  findWorkforceUpload,
  type Actor,
  type DbClient,
} from '@belonging/db';
import {
  defaultWorkforceAmbition,
  parseIsoDay,
  planWorkforceKpi,
  workforceKpiValues,
  type TWorkforceResult,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';

/** One upload of the caller's trust with its figures read; another trust's id is NOT_FOUND. */
export async function requireWorkforceUpload(db: DbClient, actor: Actor, id: string) {
  const found = await findWorkforceUpload(db, actor.organisationId, id);
  if (!found)
    throw new ApiError('NOT_FOUND', 'That workforce upload does not exist in your trust.');
  const { result, ...upload } = found;
  return { upload, result: JSON.parse(result) as TWorkforceResult };
}

type KpiRow = Awaited<ReturnType<typeof findKpisByCode>>[number];

const ambitionOf = (kpi: KpiRow): string | null =>
  kpi.ambitionId ?? kpi.commitment?.ambitionId ?? null;

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
  const plans = codes.map((kpiCode) => {
    const kpi = byCode.get(kpiCode);
    return planWorkforceKpi({
      kpiCode,
      values: values.filter((v) => v.kpiCode === kpiCode),
      kpi: kpi ? { id: kpi.id, title: kpi.title, isArchived: kpi.archivedAt !== null } : null,
      replaces: kpi ? existing.filter((m) => m.kpiId === kpi.id).length : 0,
      strategyEndYear: strategy?.endYear ?? null,
      asOf: result.asOf,
    });
  });
  const liveKpis = live.map((k) => ({ code: k.code, ambitionId: ambitionOf(k) }));
  const ambitionIds = strategy?.ambitions.map((a) => a.id) ?? [];
  return {
    asOf,
    kpis: plans,
    skipped,
    /** Where a new KPI goes by default: beside a KPI of its framework, else the first ambition. */
    defaultAmbitionId: (code: string) => defaultWorkforceAmbition(code, liveKpis, ambitionIds),
  };
}
