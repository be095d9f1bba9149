import {
  buildBoardReport,
  DAY_MS,
  currentReportingPeriod,
  londonDay,
  previousReportingPeriod,
  toIsoDay,
  type TBoardReport,
  type TBoardReportPeriod,
} from '@belonging/domain';
import type { DbClient } from '../client.ts';
import { assessOnDay } from './assess-at.ts';
import { findCurrentStrategy, findReportPeriods, loadStrategyInput } from './load-strategy.ts';
import { ReportError } from './report-error.ts';

export type ReportPeriod = Awaited<ReturnType<typeof findReportPeriods>>[number];

/** The frozen board report of a locked period exactly as stored, or null when it has none. */
export async function findSnapshotPayload(
  db: DbClient,
  { organisationId, periodId }: { organisationId: string; periodId: string },
): Promise<string | null> {
  const snapshot = await db.boardSnapshot.findFirst({
    where: { organisationId, periodId },
    select: { payload: true },
  });
  return snapshot?.payload ?? null;
}

export type ReportContext = {
  organisationId: string;
  organisation: { name: string; isDemo: boolean };
  periods: ReportPeriod[];
};

export async function loadReportContext(
  db: DbClient,
  organisationId: string,
): Promise<ReportContext> {
  const [organisation, strategy] = await Promise.all([
    db.organisation.findUnique({
      where: { id: organisationId },
      select: { name: true, isDemo: true },
    }),
    findCurrentStrategy(db, organisationId),
  ]);
  if (!organisation || !strategy)
    throw new ReportError('no_strategy', 'This trust has no strategy to report on yet.');
  return {
    organisationId,
    organisation,
    periods: await findReportPeriods(db, { organisationId, strategyId: strategy.id }),
  };
}

/**
 * The period a report is for: the one asked for (it must belong to the trust), or by default
 * the current one, the latest whose update window has opened by `now`.
 */
export function pickReportPeriod(
  ctx: ReportContext,
  periodId: string | undefined,
  now: Date,
): ReportPeriod {
  if (periodId) {
    const period = ctx.periods.find((p) => p.id === periodId);
    if (!period)
      throw new ReportError(
        'period_not_found',
        'That reporting period does not exist in this trust.',
      );
    return period;
  }
  const current = currentReportingPeriod(ctx.periods, londonDay(now));
  if (!current) throw new ReportError('no_period', 'No reporting period has opened yet.');
  return current;
}

function reportPeriodOf(period: ReportPeriod): TBoardReportPeriod {
  return {
    id: period.id,
    label: period.label,
    startDate: toIsoDay(period.startDate),
    endDate: toIsoDay(period.endDate),
    boardDate: period.boardDate ? toIsoDay(period.boardDate) : null,
    locked: period.lockedAt !== null,
    lockedAt: period.lockedAt ? period.lockedAt.toISOString() : null,
  };
}

/**
 * The report computed from today's data, assessed at the earlier of today and the day after the
 * update window closed: the first day on which a missing update counts as missing.
 */
async function liveReport(
  db: DbClient,
  ctx: ReportContext,
  period: ReportPeriod,
  now: Date,
  previous: TBoardReport | null,
): Promise<TBoardReport> {
  const today = londonDay(now);
  const dayAfterClose = new Date(period.windowCloses.getTime() + DAY_MS);
  const asOf = today.getTime() < dayAfterClose.getTime() ? today : dayAfterClose;
  const input = await loadStrategyInput(db, { organisationId: ctx.organisationId, asOf });
  if (!input) throw new ReportError('no_strategy', 'This trust has no strategy to report on yet.');
  return buildBoardReport(assessOnDay(input, ctx.periods, asOf), {
    organisationName: ctx.organisation.name,
    isDemo: ctx.organisation.isDemo,
    period: reportPeriodOf(period),
    previous,
    generatedAt: now,
  });
}

/** What the board saw last time: the previous period's snapshot, or that period computed live. */
async function previousReport(
  db: DbClient,
  ctx: ReportContext,
  period: ReportPeriod,
  now: Date,
): Promise<TBoardReport | null> {
  const previous = previousReportingPeriod(ctx.periods, period);
  if (!previous) return null;
  const payload = previous.lockedAt
    ? await findSnapshotPayload(db, { organisationId: ctx.organisationId, periodId: previous.id })
    : null;
  return payload ? (JSON.parse(payload) as TBoardReport) : liveReport(db, ctx, previous, now, null);
}

/** A period's report as it stands now: movement measured from the previous period's report. */
export async function buildLiveReport(
  db: DbClient,
  ctx: ReportContext,
  period: ReportPeriod,
  now: Date,
): Promise<TBoardReport> {
  return liveReport(db, ctx, period, now, await previousReport(db, ctx, period, now));
}

/**
 * The board report of a period: the frozen snapshot once the period is locked (later edits never
 * change it), else computed live. Without `periodId`, the current period.
 */
export async function buildPeriodReport(
  db: DbClient,
  { organisationId, periodId, now }: { organisationId: string; periodId?: string; now: Date },
): Promise<TBoardReport> {
  const ctx = await loadReportContext(db, organisationId);
  const period = pickReportPeriod(ctx, periodId, now);
  const payload = period.lockedAt
    ? await findSnapshotPayload(db, { organisationId, periodId: period.id })
    : null;
  return payload ? (JSON.parse(payload) as TBoardReport) : buildLiveReport(db, ctx, period, now);
}
