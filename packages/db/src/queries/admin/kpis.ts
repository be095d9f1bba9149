import {
  kpiDefinitionOfForm,
  type TAdminKpiCreateInput,
  type TAdminKpiRulesInput,
  type TAdminKpiUpdateInput,
} from '@belonging/domain';
import type { DbClient } from '../../client.ts';
import { kpiDefinitionSelect } from '../../reports/load-strategy.ts';

/** The rule fields shared with the report loader, plus what the KPI form and its audit trail need. */
const kpiFormSelect = {
  ...kpiDefinitionSelect,
  owner: false,
  isDemoData: false,
  strategyId: true,
  definition: true,
  dataSource: true,
  ownerId: true,
  rangeLow: true,
  rangeHigh: true,
  isInternal: true,
  version: true,
  archivedAt: true,
  trajectory: { orderBy: { date: 'asc' }, select: { date: true, value: true } },
  tags: { select: { tag: { select: { framework: true, code: true } } } },
} as const;

/** Where a KPI sits: under a commitment (and so its ambition) or under an ambition itself. */
export type KpiPlace = { strategyId: string; ambitionId: string; commitmentId: string | null };

/** The KPI as its form reads it, archived or not; it must exist. */
export async function findKpiForForm(db: DbClient, id: string) {
  return db.kpi.findUniqueOrThrow({ where: { id }, select: kpiFormSelect });
}

/** The version of a live KPI of the trust; null when it is not one. */
export async function findLiveKpiVersion(
  db: DbClient,
  { organisationId, id }: { organisationId: string; id: string },
) {
  return db.kpi.findFirst({
    where: { id, organisationId, archivedAt: null },
    select: { version: true },
  });
}

/** The trust's KPI (live or archived) already using a code, but for `exceptId`; null when free. */
export async function findKpiCodeClash(
  db: DbClient,
  { organisationId, code, exceptId }: { organisationId: string; code: string; exceptId?: string },
) {
  return db.kpi.findFirst({
    where: { organisationId, code, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { archivedAt: true },
  });
}

/** The stored columns of a KPI form's rules, with its target or band as the rules read them. */
function ruleColumns(rules: TAdminKpiRulesInput) {
  const { target, band } = kpiDefinitionOfForm(rules);
  return {
    unit: rules.unit,
    direction: rules.direction,
    baselineValue: rules.baseline.value,
    baselineDate: rules.baseline.date,
    targetValue: target?.value ?? null,
    targetDate: target?.date ?? null,
    bandLow: band?.low ?? null,
    bandHigh: band?.high ?? null,
    toleranceKind: rules.tolerance.kind,
    toleranceValue: rules.tolerance.value,
    frequency: rules.frequency,
    reportingLagDays: rules.reportingLagDays ?? null,
    spcMinimumPoints: rules.spc.minimumPoints,
    spcShiftLength: rules.spc.shiftLength,
    spcTrendLength: rules.spc.trendLength,
    spcScreenOutliers: rules.spc.screenOutliers,
    spcConflict: rules.spc.conflict,
    rangeLow: rules.rangeLow ?? null,
    rangeHigh: rules.rangeHigh ?? null,
  };
}

/** The stored columns of everything a KPI form edits but its place, trajectory and tags. */
function kpiColumns(input: TAdminKpiCreateInput | TAdminKpiUpdateInput) {
  return {
    code: input.code,
    title: input.title,
    definition: input.definition ?? '',
    dataSource: input.dataSource ?? '',
    ownerId: input.ownerId ?? null,
    ...ruleColumns(input),
  };
}

/** Writes a new KPI of the trust at the end of its order; its trajectory and tags are written apart. */
export async function createKpiRow(
  db: DbClient,
  input: { organisationId: string; place: KpiPlace; form: TAdminKpiCreateInput },
): Promise<{ id: string }> {
  const last = await db.kpi.aggregate({
    where: { organisationId: input.organisationId },
    _max: { sortOrder: true },
  });
  return db.kpi.create({
    data: {
      organisationId: input.organisationId,
      ...input.place,
      ...kpiColumns(input.form),
      sortOrder: (last._max.sortOrder ?? 0) + 1,
    },
    select: { id: true },
  });
}

/**
 * Saves a KPI form over the KPI (and moves it when a place is given) and moves it to its next
 * version; false, writing nothing, when it is no longer at `form.expectedVersion`.
 */
export async function updateKpiRow(
  db: DbClient,
  { place, form }: { place: KpiPlace | null; form: TAdminKpiUpdateInput },
): Promise<boolean> {
  const moved = await db.kpi.updateMany({
    where: { id: form.id, version: form.expectedVersion },
    data: { ...place, ...kpiColumns(form), version: { increment: 1 } },
  });
  return moved.count > 0;
}

/** Archives a live KPI at `expectedVersion`; false, writing nothing, when it is not one now. */
export async function archiveKpiRow(
  db: DbClient,
  { id, expectedVersion, now }: { id: string; expectedVersion: number; now: Date },
): Promise<boolean> {
  const moved = await db.kpi.updateMany({
    where: { id, version: expectedVersion, archivedAt: null },
    data: { archivedAt: now, version: { increment: 1 } },
  });
  return moved.count > 0;
}

/** A KPI's trajectory is given whole: these points replace the old ones. */
export async function replaceKpiTrajectory(
  db: DbClient,
  input: {
    organisationId: string;
    kpiId: string;
    points: readonly { date: Date; value: number }[];
  },
): Promise<void> {
  await db.trajectoryPoint.deleteMany({ where: { kpiId: input.kpiId } });
  if (!input.points.length) return;
  await db.trajectoryPoint.createMany({
    data: input.points.map((p) => ({
      organisationId: input.organisationId,
      kpiId: input.kpiId,
      date: p.date,
      value: p.value,
    })),
  });
}

/** A live KPI's whole-population values up to a moment, oldest first; null when it is not one. */
export async function findKpiValuesUpTo(
  db: DbClient,
  { organisationId, id, upTo }: { organisationId: string; id: string; upTo: Date },
) {
  const kpi = await db.kpi.findFirst({
    where: { id, organisationId, archivedAt: null },
    select: {
      measurements: {
        where: { group: '', periodEnd: { lte: upTo } },
        orderBy: { periodEnd: 'asc' },
        select: { periodEnd: true, value: true },
      },
    },
  });
  return kpi?.measurements ?? null;
}
