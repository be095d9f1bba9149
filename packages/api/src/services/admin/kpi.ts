import {
  kpiDefinitionSelect,
  replaceKpiTags,
  type Db,
  type DbClient,
  type DbTransaction,
} from '@belonging/db';
import {
  assessKpi,
  spc,
  type TAdminKpiArchiveInput,
  type TAdminKpiCreateInput,
  type TAdminKpiPreviewInput,
  type TAdminKpiRulesInput,
  type TAdminKpiUpdateInput,
  type TKpiDefinition,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import { writeWithAudit, type Actor } from '@belonging/db';
import { liveAmbition, liveCommitment, requireExecutiveOwner, versionConflict } from './lookups.ts';
import { tagIdsOf, tagList, tagSelect } from './tags.ts';

/** The rule fields shared with the report loader, plus what the KPI form and its audit trail need. */
const kpiSelect = {
  ...kpiDefinitionSelect,
  owner: false,
  isDemoData: false,
  strategyId: true,
  definition: true,
  dataSource: true,
  ownerId: true,
  rangeLow: true,
  rangeHigh: true,
  version: true,
  archivedAt: true,
  trajectory: { orderBy: { date: 'asc' }, select: { date: true, value: true } },
  tags: { select: tagSelect },
} as const;

async function readKpi(tx: DbTransaction, id: string) {
  const { tags, ...kpi } = await tx.kpi.findUniqueOrThrow({ where: { id }, select: kpiSelect });
  return { ...kpi, tags: tagList(tags) };
}

/** The rules' reading of a KPI form. */
function definitionOf(rules: TAdminKpiRulesInput): TKpiDefinition {
  return {
    direction: rules.direction,
    baseline: rules.baseline,
    target: rules.direction === 'band' ? null : (rules.target ?? null),
    band: rules.direction === 'band' ? (rules.band ?? null) : null,
    tolerance: rules.tolerance,
    trajectory: rules.trajectory.length ? rules.trajectory : null,
    frequency: rules.frequency,
    reportingLagDays: rules.reportingLagDays ?? null,
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

/** The stored columns of a KPI form's rules; a band KPI keeps no target and the others no band. */
function ruleColumns(rules: TAdminKpiRulesInput) {
  const band = rules.direction === 'band';
  return {
    unit: rules.unit,
    direction: rules.direction,
    baselineValue: rules.baseline.value,
    baselineDate: rules.baseline.date,
    targetValue: band ? null : (rules.target?.value ?? null),
    targetDate: band ? null : (rules.target?.date ?? null),
    bandLow: band ? (rules.band?.low ?? null) : null,
    bandHigh: band ? (rules.band?.high ?? null) : null,
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

/** Where a KPI sits: under a commitment (and so its ambition) or under an ambition itself. */
async function placementOf(
  db: DbClient,
  actor: Actor,
  input: { ambitionId?: string | null; commitmentId?: string | null },
) {
  if (input.commitmentId) {
    const c = await liveCommitment(db, actor, input.commitmentId);
    return { strategyId: c.ambition.strategyId, ambitionId: c.ambitionId, commitmentId: c.id };
  }
  const a = await liveAmbition(db, actor, input.ambitionId ?? '');
  return { strategyId: a.strategyId, ambitionId: a.id, commitmentId: null };
}

async function requireFreeCode(db: DbClient, actor: Actor, code: string, exceptId?: string) {
  const clash = await db.kpi.findFirst({
    where: {
      organisationId: actor.organisationId,
      code,
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    select: { archivedAt: true },
  });
  if (clash) {
    const message = clash.archivedAt
      ? `An archived KPI already uses the code ${code}: choose another code`
      : `A KPI with the code ${code} already exists: choose another code`;
    throw new ApiError('BAD_REQUEST', message, { code: [message] });
  }
}

/** The rows a KPI form gives whole: its trajectory points and framework tags replace the old ones. */
async function writeKpiLinks(
  tx: DbTransaction,
  actor: Actor,
  kpiId: string,
  input: Pick<TAdminKpiCreateInput, 'trajectory' | 'tags'>,
) {
  await tx.trajectoryPoint.deleteMany({ where: { kpiId } });
  if (input.trajectory.length) {
    await tx.trajectoryPoint.createMany({
      data: input.trajectory.map((p) => ({
        organisationId: actor.organisationId,
        kpiId,
        date: p.date,
        value: p.value,
      })),
    });
  }
  await replaceKpiTags(tx, {
    organisationId: actor.organisationId,
    kpiId,
    tagIds: await tagIdsOf(tx, input.tags),
  });
}

/**
 * Checks a new KPI (its place, free code and owner) and writes it with its links, inside the
 * caller's transaction; the caller records the audit event. Returns the KPI as its form reads it.
 */
export async function insertKpi(tx: DbTransaction, actor: Actor, input: TAdminKpiCreateInput) {
  const place = await placementOf(tx, actor, input);
  await requireFreeCode(tx, actor, input.code);
  if (input.ownerId) await requireExecutiveOwner(tx, actor, input.ownerId, 'ownerId');
  const last = await tx.kpi.aggregate({
    where: { organisationId: actor.organisationId },
    _max: { sortOrder: true },
  });
  const created = await tx.kpi.create({
    data: {
      organisationId: actor.organisationId,
      ...place,
      ...kpiColumns(input),
      sortOrder: (last._max.sortOrder ?? 0) + 1,
    },
    select: { id: true },
  });
  await writeKpiLinks(tx, actor, created.id, input);
  return readKpi(tx, created.id);
}

export async function createKpi(db: Db, actor: Actor, input: TAdminKpiCreateInput) {
  return writeWithAudit(db, actor, async (tx) => {
    const after = await insertKpi(tx, actor, input);
    return {
      result: after,
      audit: { entity: 'kpi', entityId: after.id, operation: 'create', after },
    };
  });
}

export async function updateKpi(db: Db, actor: Actor, input: TAdminKpiUpdateInput) {
  const current = await db.kpi.findFirst({
    where: { id: input.id, organisationId: actor.organisationId, archivedAt: null },
    select: { version: true },
  });
  if (!current) throw new ApiError('NOT_FOUND', 'That KPI does not exist in your trust.');
  if (current.version !== input.expectedVersion) throw versionConflict('KPI', current.version);
  const place = input.ambitionId || input.commitmentId ? await placementOf(db, actor, input) : {};
  await requireFreeCode(db, actor, input.code, input.id);
  if (input.ownerId) await requireExecutiveOwner(db, actor, input.ownerId, 'ownerId');
  return writeWithAudit(db, actor, async (tx) => {
    const before = await readKpi(tx, input.id);
    const moved = await tx.kpi.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: {
        ...place,
        ...kpiColumns(input),
        version: { increment: 1 },
      },
    });
    if (moved.count === 0) throw versionConflict('KPI', before.version);
    await writeKpiLinks(tx, actor, input.id, input);
    const after = await readKpi(tx, input.id);
    return {
      result: after,
      audit: { entity: 'kpi', entityId: input.id, operation: 'update', before, after },
    };
  });
}

export async function archiveKpi(db: Db, actor: Actor, input: TAdminKpiArchiveInput) {
  const current = await db.kpi.findFirst({
    where: { id: input.id, organisationId: actor.organisationId, archivedAt: null },
    select: { version: true },
  });
  if (!current) throw new ApiError('NOT_FOUND', 'That KPI does not exist in your trust.');
  if (current.version !== input.expectedVersion) throw versionConflict('KPI', current.version);
  return writeWithAudit(db, actor, async (tx) => {
    const moved = await tx.kpi.updateMany({
      where: { id: input.id, version: input.expectedVersion, archivedAt: null },
      data: { archivedAt: new Date(), version: { increment: 1 } },
    });
    if (moved.count === 0) throw versionConflict('KPI', current.version);
    const after = await readKpi(tx, input.id);
    return {
      result: after,
      audit: {
        entity: 'kpi',
        entityId: input.id,
        operation: 'archive',
        before: { archivedAt: null, version: current.version },
        after,
      },
    };
  });
}

/** The colour and SPC reading a definition would give on the KPI's existing values; writes nothing. */
export async function previewKpi(db: Db, actor: Actor, input: TAdminKpiPreviewInput, now: Date) {
  let values: { periodEnd: Date; value: number }[] = [];
  if (input.kpiId) {
    const kpi = await db.kpi.findFirst({
      where: { id: input.kpiId, organisationId: actor.organisationId, archivedAt: null },
      select: {
        measurements: {
          where: { group: '', periodEnd: { lte: now } },
          orderBy: { periodEnd: 'asc' },
          select: { periodEnd: true, value: true },
        },
      },
    });
    if (!kpi) throw new ApiError('NOT_FOUND', 'That KPI does not exist in your trust.');
    values = kpi.measurements;
  }
  const rules = input.definition;
  const definition = definitionOf(rules);
  const assessment = assessKpi(definition, values, now);
  const spcResult = spc(
    values.map((m) => m.value),
    {
      direction: rules.direction,
      target: definition.target?.value ?? null,
      minimumPoints: rules.spc.minimumPoints,
      shiftLength: rules.spc.shiftLength,
      trendLength: rules.spc.trendLength,
      screenOutliers: rules.spc.screenOutliers,
      conflict: rules.spc.conflict,
    },
  );
  return { assessment, spc: spcResult, series: values };
}

/** Everything the KPI edit form shows. */
export async function getKpiForEdit(db: Db, actor: Actor, id: string) {
  const found = await db.kpi.findFirst({
    where: { id, organisationId: actor.organisationId, archivedAt: null },
    select: { id: true },
  });
  if (!found) throw new ApiError('NOT_FOUND', 'That KPI does not exist in your trust.');
  return db.$transaction((tx) => readKpi(tx, id));
}
