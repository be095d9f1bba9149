import { parseIsoDay } from '@belonging/domain';
import type { Prisma } from '../generated/sqlite/client.ts';
import { DEMO_KPIS } from './demo-kpis.ts';
import { demoMeasurements } from './demo-measurements.ts';
import type { OwnerKey } from './demo-people.ts';
import { tagId } from './demo-plan-rows.ts';
import type { TagKey } from './framework-tags.ts';
import { newId } from './insert.ts';

export type KpiRows = {
  kpis: Prisma.KpiCreateManyInput[];
  trajectory: Prisma.TrajectoryPointCreateManyInput[];
  kpiTags: Prisma.KpiTagCreateManyInput[];
  measurements: Prisma.MeasurementCreateManyInput[];
  actionKpis: Prisma.ActionKpiCreateManyInput[];
};

/** The demo KPIs with their trajectories, tags, measurements up to `today` and action links. */
export function buildKpiRows(ctx: {
  organisationId: string;
  strategyId: string;
  today: Date;
  ownerIds: Record<OwnerKey | 'edi', string>;
  tagIds: Map<TagKey, string>;
  commitmentIds: Map<string, string>;
  ambitionIds: Map<number, string>;
  kpiLinks: { actionId: string; code: string }[];
}): KpiRows {
  const { organisationId } = ctx;
  const rows: KpiRows = { kpis: [], trajectory: [], kpiTags: [], measurements: [], actionKpis: [] };
  const kpiIds = new Map<string, string>();
  for (const [i, kpi] of DEMO_KPIS.entries()) {
    const id = newId();
    kpiIds.set(kpi.code, id);
    const home =
      'commitment' in kpi.home
        ? { commitmentId: ctx.commitmentIds.get(kpi.home.commitment) ?? null, ambitionId: null }
        : { commitmentId: null, ambitionId: ctx.ambitionIds.get(kpi.home.ambition) ?? null };
    if (!home.commitmentId && !home.ambitionId)
      throw new Error(`KPI ${kpi.code} has no home in the demo plan`);
    const ownerId = ctx.ownerIds[kpi.owner];
    rows.kpis.push({
      id,
      organisationId,
      strategyId: ctx.strategyId,
      ...home,
      code: kpi.code,
      title: kpi.title,
      definition: kpi.definition,
      unit: kpi.unit,
      direction: kpi.direction,
      baselineValue: kpi.baseline.value,
      baselineDate: parseIsoDay(kpi.baseline.date),
      targetValue: kpi.target?.value ?? null,
      targetDate: kpi.target ? parseIsoDay(kpi.target.date) : null,
      bandLow: kpi.band?.low ?? null,
      bandHigh: kpi.band?.high ?? null,
      toleranceKind: kpi.tolerance.kind,
      toleranceValue: kpi.tolerance.value,
      frequency: kpi.frequency,
      reportingLagDays: kpi.lagDays ?? null,
      dataSource: kpi.dataSource,
      ownerId,
      isDemoData: kpi.isDemoData,
      sortOrder: i + 1,
    });
    for (const p of kpi.trajectory ?? []) {
      rows.trajectory.push({
        id: newId(),
        organisationId,
        kpiId: id,
        date: parseIsoDay(p.date),
        value: p.value,
      });
    }
    for (const key of kpi.tags)
      rows.kpiTags.push({ kpiId: id, tagId: tagId(ctx.tagIds, key), organisationId });
    for (const m of demoMeasurements(kpi, ctx.today)) {
      rows.measurements.push({
        id: newId(),
        organisationId,
        kpiId: id,
        enteredById: ownerId,
        ...m,
      });
    }
  }
  for (const link of ctx.kpiLinks) {
    const kpiId = kpiIds.get(link.code);
    if (!kpiId)
      throw new Error(`An action links to KPI ${link.code}, which the demo does not define`);
    rows.actionKpis.push({ actionId: link.actionId, kpiId, organisationId });
  }
  return rows;
}
