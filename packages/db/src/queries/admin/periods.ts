import type { DbClient } from '../../client.ts';
import { periodSelect } from '../../reports/load-strategy.ts';

type Scope = { organisationId: string; id: string };

/** A strategy's live periods, newest first, with who locked each (the author of its snapshot). */
export async function findPeriodsWithLocker(
  db: DbClient,
  { organisationId, strategyId }: { organisationId: string; strategyId: string },
) {
  const periods = await db.reportingPeriod.findMany({
    where: { organisationId, strategyId, archivedAt: null },
    orderBy: { endDate: 'desc' },
    select: {
      ...periodSelect,
      snapshot: { select: { createdAt: true, createdBy: { select: { name: true } } } },
    },
  });
  return periods.map(({ snapshot, ...p }) => ({
    ...p,
    lockedBy: snapshot?.createdBy.name ?? null,
  }));
}

/** A live reporting period of the trust; null for another trust's or an archived one. */
export async function findLivePeriod(db: DbClient, { organisationId, id }: Scope) {
  return db.reportingPeriod.findFirst({
    where: { id, organisationId, archivedAt: null },
    select: periodSelect,
  });
}

/** True when the trust already has a period (archived ones too) with this label. */
export async function hasPeriodLabelled(
  db: DbClient,
  { organisationId, label }: { organisationId: string; label: string },
): Promise<boolean> {
  const clash = await db.reportingPeriod.findFirst({
    where: { organisationId, label },
    select: { id: true },
  });
  return clash !== null;
}

export type NewReportingPeriod = {
  label: string;
  startDate: Date;
  endDate: Date;
  windowOpens: Date;
  windowCloses: Date;
  boardDate: Date | null;
};

/** Creates one of a strategy's periods; call it inside the transaction that audits it. */
export async function createReportingPeriod(
  db: DbClient,
  { organisationId, strategyId }: { organisationId: string; strategyId: string },
  period: NewReportingPeriod,
) {
  return db.reportingPeriod.create({
    data: { organisationId, strategyId, ...period },
    select: periodSelect,
  });
}

/** Moves a period's update window, and its board date when one is given (null clears it). */
export function updatePeriodWindow(
  db: DbClient,
  id: string,
  dates: { windowOpens: Date; windowCloses: Date; boardDate?: Date | null },
) {
  return db.reportingPeriod.update({ where: { id }, data: dates, select: periodSelect });
}
