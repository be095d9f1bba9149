import type { DbClient } from '../client.ts';

// What the EDI team keeps off the public page: an item marked internal (with its children) and a
// narrative marked internal, and whether owners' names show beside their job titles.

export type TPublicItemKind = 'commitment' | 'action' | 'kpi' | 'narrative';

/**
 * Marks one item of the trust internal or public. Answers the flag before and after, with the
 * action a narrative belongs to; null for an id the trust does not have.
 */
export async function setItemInternal(
  db: DbClient,
  {
    organisationId,
    entity,
    id,
    isInternal,
  }: { organisationId: string; entity: TPublicItemKind; id: string; isInternal: boolean },
): Promise<{ before: boolean; auditId: string } | null> {
  const where = { id, organisationId };
  const data = { isInternal };
  // A versioned item moves its version, so an edit form opened before the change is refused.
  const versioned = { isInternal, version: { increment: 1 } };
  switch (entity) {
    case 'commitment': {
      const row = await db.commitment.findFirst({ where, select: { isInternal: true } });
      if (row) await db.commitment.update({ where: { id }, data });
      return row && { before: row.isInternal, auditId: id };
    }
    case 'action': {
      const row = await db.action.findFirst({ where, select: { isInternal: true } });
      if (row) await db.action.update({ where: { id }, data: versioned });
      return row && { before: row.isInternal, auditId: id };
    }
    case 'kpi': {
      const row = await db.kpi.findFirst({ where, select: { isInternal: true } });
      if (row) await db.kpi.update({ where: { id }, data: versioned });
      return row && { before: row.isInternal, auditId: id };
    }
    case 'narrative': {
      const row = await db.progressUpdate.findFirst({
        where,
        select: { isInternal: true, actionId: true },
      });
      if (row) await db.progressUpdate.update({ where: { id }, data });
      return row && { before: row.isInternal, auditId: row.actionId };
    }
  }
}

/** Shows or hides owners' names on the trust's next publications; answers the setting before. */
export async function setPublicShowsOwnerNames(
  db: DbClient,
  { organisationId, value }: { organisationId: string; value: boolean },
): Promise<boolean> {
  const before = await db.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { publicShowsOwnerNames: true },
  });
  await db.organisation.update({
    where: { id: organisationId },
    data: { publicShowsOwnerNames: value },
  });
  return before.publicShowsOwnerNames;
}
