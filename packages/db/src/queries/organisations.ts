import type { DbClient } from '../client.ts';

/** The trust's small-number threshold; null when there is no such trust. */
export async function findSmallNumberThreshold(
  db: DbClient,
  organisationId: string,
): Promise<number | null> {
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: { smallNumberThreshold: true },
  });
  return organisation?.smallNumberThreshold ?? null;
}

/** True when the database holds no trust yet: a first start. */
export async function isDatabaseEmpty(db: DbClient): Promise<boolean> {
  return (await db.organisation.count()) === 0;
}

/** True when the database holds the demo trust. */
export async function hasDemoTrust(db: DbClient): Promise<boolean> {
  const demo = await db.organisation.findFirst({ where: { isDemo: true }, select: { id: true } });
  return demo !== null;
}
