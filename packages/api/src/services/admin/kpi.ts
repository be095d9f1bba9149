import {
  archiveKpiRow,
  createKpiRow,
  findKpiCodeClash,
  findKpiForForm,
  findKpiValuesUpTo,
  findLiveKpiVersion,
  inTransaction,
  replaceKpiTags,
  replaceKpiTrajectory,
  tagList,
  updateKpiRow,
  writeWithAudit,
  type Actor,
  type Db,
  type DbClient,
  type DbTransaction,
  type KpiPlace,
} from '@belonging/db';
import {
  assessKpi,
  kpiDefinitionOfForm,
  spc,
  type TAdminKpiArchiveInput,
  type TAdminKpiCreateInput,
  type TAdminKpiPreviewInput,
  type TAdminKpiUpdateInput,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import { liveAmbition, liveCommitment, requireExecutiveOwner, versionConflict } from './lookups.ts';
import { tagIdsOf } from './tags.ts';

async function readKpi(tx: DbClient, id: string) {
  const { tags, ...kpi } = await findKpiForForm(tx, id);
  return { ...kpi, tags: tagList(tags) };
}

/** Where a KPI sits: under a commitment (and so its ambition) or under an ambition itself. */
async function placementOf(
  db: DbClient,
  actor: Actor,
  input: { ambitionId?: string | null; commitmentId?: string | null },
): Promise<KpiPlace> {
  if (input.commitmentId) {
    const c = await liveCommitment(db, actor, input.commitmentId);
    return { strategyId: c.ambition.strategyId, ambitionId: c.ambitionId, commitmentId: c.id };
  }
  const a = await liveAmbition(db, actor, input.ambitionId ?? '');
  return { strategyId: a.strategyId, ambitionId: a.id, commitmentId: null };
}

async function requireFreeCode(db: DbClient, actor: Actor, code: string, exceptId?: string) {
  const clash = await findKpiCodeClash(db, {
    organisationId: actor.organisationId,
    code,
    exceptId,
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
  await replaceKpiTrajectory(tx, {
    organisationId: actor.organisationId,
    kpiId,
    points: input.trajectory,
  });
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
  const created = await createKpiRow(tx, {
    organisationId: actor.organisationId,
    place,
    form: input,
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
  const current = await findLiveKpiVersion(db, {
    organisationId: actor.organisationId,
    id: input.id,
  });
  if (!current) throw new ApiError('NOT_FOUND', 'That KPI does not exist in your trust.');
  if (current.version !== input.expectedVersion) throw versionConflict('KPI', current.version);
  const place = input.ambitionId || input.commitmentId ? await placementOf(db, actor, input) : null;
  await requireFreeCode(db, actor, input.code, input.id);
  if (input.ownerId) await requireExecutiveOwner(db, actor, input.ownerId, 'ownerId');
  return writeWithAudit(db, actor, async (tx) => {
    const before = await readKpi(tx, input.id);
    const moved = await updateKpiRow(tx, { place, form: input });
    if (!moved) throw versionConflict('KPI', before.version);
    await writeKpiLinks(tx, actor, input.id, input);
    const after = await readKpi(tx, input.id);
    return {
      result: after,
      audit: { entity: 'kpi', entityId: input.id, operation: 'update', before, after },
    };
  });
}

export async function archiveKpi(db: Db, actor: Actor, input: TAdminKpiArchiveInput) {
  const current = await findLiveKpiVersion(db, {
    organisationId: actor.organisationId,
    id: input.id,
  });
  if (!current) throw new ApiError('NOT_FOUND', 'That KPI does not exist in your trust.');
  if (current.version !== input.expectedVersion) throw versionConflict('KPI', current.version);
  return writeWithAudit(db, actor, async (tx) => {
    const moved = await archiveKpiRow(tx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      now: new Date(),
    });
    if (!moved) throw versionConflict('KPI', current.version);
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
    const found = await findKpiValuesUpTo(db, {
      organisationId: actor.organisationId,
      id: input.kpiId,
      upTo: now,
    });
    if (!found) throw new ApiError('NOT_FOUND', 'That KPI does not exist in your trust.');
    values = found;
  }
  const rules = input.definition;
  const definition = kpiDefinitionOfForm(rules);
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
  const found = await findLiveKpiVersion(db, { organisationId: actor.organisationId, id });
  if (!found) throw new ApiError('NOT_FOUND', 'That KPI does not exist in your trust.');
  return inTransaction(db, (tx) => readKpi(tx, id));
}
