import type { DbClient } from '../client.ts';
import type { Prisma } from '../generated/sqlite/client.ts';
import { kpiDefinitionSelect } from '../reports/load-strategy.ts';

const live = { archivedAt: null };

const kpiPlaceSelect = {
  ownerId: true,
  definition: true,
  dataSource: true,
  version: true,
  ambition: { select: { id: true, number: true, title: true } },
  commitment: {
    select: {
      id: true,
      code: true,
      title: true,
      ambition: { select: { id: true, number: true, title: true } },
    },
  },
  trajectory: { orderBy: { date: 'asc' }, select: { date: true, value: true } },
} satisfies Prisma.KpiSelect;

/** A measurement's own fields: what its KPI page shows and what replacing it keeps in the audit. */
export const measurementSelect = {
  id: true,
  kpiId: true,
  periodEnd: true,
  group: true,
  value: true,
  numerator: true,
  denominator: true,
  suppressed: true,
  note: true,
} as const;

/** Every live KPI of the trust's current strategy, with its trajectory and whole-population values. */
export async function findKpisWithSeries(
  db: DbClient,
  { organisationId }: { organisationId: string },
) {
  return db.kpi.findMany({
    where: { organisationId, ...live, strategy: live },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: {
      ...kpiDefinitionSelect,
      ...kpiPlaceSelect,
      tags: { select: { tag: { select: { framework: true } } } },
      measurements: {
        where: { group: '' },
        orderBy: { periodEnd: 'asc' },
        select: { periodEnd: true, value: true },
      },
    },
  });
}

/** One live KPI of the trust with its definition, trajectory and every value, groups included. */
export async function findKpiDetail(
  db: DbClient,
  { organisationId, id }: { organisationId: string; id: string },
) {
  return db.kpi.findFirst({
    where: { id, organisationId, ...live },
    select: {
      ...kpiDefinitionSelect,
      ...kpiPlaceSelect,
      organisation: { select: { smallNumberThreshold: true } },
      // The WRES and WDES tags say which library indicator's help the KPI page shows.
      tags: { select: { tag: { select: { framework: true, code: true } } } },
      measurements: {
        orderBy: [{ periodEnd: 'asc' }, { group: 'asc' }],
        select: {
          ...measurementSelect,
          enteredAt: true,
          enteredBy: { select: { id: true, name: true } },
        },
      },
    },
  });
}

/** The live KPIs of the trust with these ids, with their trajectories and whole-population values. */
export async function findKpisByIds(
  db: DbClient,
  { organisationId, ids }: { organisationId: string; ids: string[] },
) {
  return db.kpi.findMany({
    where: { organisationId, id: { in: ids }, ...live },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: {
      ...kpiDefinitionSelect,
      trajectory: { orderBy: { date: 'asc' }, select: { date: true, value: true } },
      measurements: {
        where: { group: '' },
        orderBy: { periodEnd: 'asc' },
        select: { periodEnd: true, value: true },
      },
    },
  });
}

/** The value already recorded for a KPI, period end and group, if any. */
export async function findMeasurement(
  db: DbClient,
  key: { kpiId: string; periodEnd: Date; group: string },
) {
  return db.measurement.findUnique({
    where: { kpiId_periodEnd_group: key },
    select: {
      id: true,
      value: true,
      numerator: true,
      denominator: true,
      suppressed: true,
      note: true,
      enteredById: true,
      enteredAt: true,
    },
  });
}

/** The columns of a KPI that the rules read, as `kpiDefinitionSelect` selects them. */
export type KpiDefinitionRow = Prisma.KpiGetPayload<{ select: typeof kpiDefinitionSelect }>;
