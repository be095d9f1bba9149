import type { DbClient } from '../../client.ts';
import type { Framework } from '../../generated/sqlite/enums.ts';

export type FrameworkTagRef = { framework: Framework; code: string; title: string };

/**
 * The ids of these framework tags, creating any that no trust has used yet (tags are shared
 * reference rows, made on first use).
 */
export async function ensureTagIds(
  db: DbClient,
  tags: readonly FrameworkTagRef[],
): Promise<string[]> {
  if (tags.length === 0) return [];
  const where = { OR: tags.map((t) => ({ framework: t.framework, code: t.code })) };
  const existing = await db.frameworkTag.findMany({
    where,
    select: { framework: true, code: true },
  });
  const have = new Set(existing.map((t) => `${t.framework}:${t.code}`));
  const missing = tags.filter((t) => !have.has(`${t.framework}:${t.code}`));
  if (missing.length) {
    await db.frameworkTag.createMany({
      data: missing.map((t) => ({ framework: t.framework, code: t.code, title: t.title })),
    });
  }
  const all = await db.frameworkTag.findMany({ where, select: { id: true } });
  return all.map((t) => t.id);
}

/** Replaces an action's tags with exactly this set. */
export async function replaceActionTags(
  db: DbClient,
  input: { organisationId: string; actionId: string; tagIds: string[] },
) {
  await db.actionTag.deleteMany({ where: { actionId: input.actionId } });
  if (input.tagIds.length) {
    await db.actionTag.createMany({
      data: input.tagIds.map((tagId) => ({
        actionId: input.actionId,
        tagId,
        organisationId: input.organisationId,
      })),
    });
  }
}

/** Replaces a KPI's tags with exactly this set. */
export async function replaceKpiTags(
  db: DbClient,
  input: { organisationId: string; kpiId: string; tagIds: string[] },
) {
  await db.kpiTag.deleteMany({ where: { kpiId: input.kpiId } });
  if (input.tagIds.length) {
    await db.kpiTag.createMany({
      data: input.tagIds.map((tagId) => ({
        kpiId: input.kpiId,
        tagId,
        organisationId: input.organisationId,
      })),
    });
  }
}

/** Replaces the KPIs an action is linked to with exactly this set. */
export async function replaceActionKpis(
  db: DbClient,
  input: { organisationId: string; actionId: string; kpiIds: string[] },
) {
  await db.actionKpi.deleteMany({ where: { actionId: input.actionId } });
  if (input.kpiIds.length) {
    await db.actionKpi.createMany({
      data: input.kpiIds.map((kpiId) => ({
        actionId: input.actionId,
        kpiId,
        organisationId: input.organisationId,
      })),
    });
  }
}

/** Selects a row's framework tags, for `tagList`. */
export const tagSelect = { tag: { select: { framework: true, code: true } } } as const;

/** A row's framework tags as the admin app shows them, in framework and code order. */
export const tagList = (rows: readonly { tag: { framework: string; code: string } }[]) =>
  rows
    .map((r) => ({ framework: r.tag.framework, code: r.tag.code }))
    .sort((a, b) => `${a.framework}${a.code}`.localeCompare(`${b.framework}${b.code}`));
