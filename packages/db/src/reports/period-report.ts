import {
  buildBoardReport,
  chooseReportPeriod,
  previousReportingPeriod,
  reportAssessmentDay,
  toIsoDay,
  type TBoardReport,
  type TBoardReportPeriod,
  type TStrategyInput,
} from '@belonging/domain';
import type { DbClient } from '../client.ts';
import { assessOnDay } from './assess-at.ts';
import { findCurrentStrategy, findReportPeriods, loadStrategyInputs } from './load-strategy.ts';
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

/** The period a report is for, by the domain's `chooseReportPeriod`; refused in words otherwise. */
export function pickReportPeriod(
  ctx: ReportContext,
  periodId: string | undefined,
  now: Date,
): ReportPeriod {
  const choice = chooseReportPeriod(ctx.periods, periodId, now);
  if (choice.period) return choice.period;
  throw choice.problem === 'no_period'
    ? new ReportError('no_period', 'No reporting period has opened yet.')
    : new ReportError('period_not_found', 'That reporting period does not exist in this trust.');
}

/** A period as the board report names it: ISO days, and whether and when it was locked. */
export function reportPeriodOf(period: ReportPeriod): TBoardReportPeriod {
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

function reportOn(
  ctx: ReportContext,
  period: ReportPeriod,
  input: TStrategyInput,
  now: Date,
  previous: TBoardReport | null,
): TBoardReport {
  return buildBoardReport(assessOnDay(input, ctx.periods, reportAssessmentDay(period, now)), {
    organisationName: ctx.organisation.name,
    isDemo: ctx.organisation.isDemo,
    period: reportPeriodOf(period),
    previous,
    generatedAt: now,
  });
}

/**
 * A period's report as it stands now, computed from today's data: movement is measured from the
 * previous period's snapshot, or from that period computed live. Both live periods are assessed
 * from one read of the strategy's rows, the previous period's input derived from it in memory.
 */
export async function buildLiveReport(
  db: DbClient,
  ctx: ReportContext,
  period: ReportPeriod,
  now: Date,
): Promise<TBoardReport> {
  const { organisationId } = ctx;
  const previous = previousReportingPeriod(ctx.periods, period);
  const snapshot = previous?.lockedAt
    ? await findSnapshotPayload(db, { organisationId, periodId: previous.id })
    : null;
  const livePrevious = previous && !snapshot ? previous : null;
  const inputs = await loadStrategyInputs(db, {
    organisationId,
    asOfs: [
      reportAssessmentDay(period, now),
      ...(livePrevious ? [reportAssessmentDay(livePrevious, now)] : []),
    ],
  });
  const [input, previousInput] = inputs ?? [];
  if (!input) throw new ReportError('no_strategy', 'This trust has no strategy to report on yet.');
  const previousReport = snapshot
    ? (JSON.parse(snapshot) as TBoardReport)
    : livePrevious && previousInput
      ? reportOn(ctx, livePrevious, previousInput, now, null)
      : null;
  return reportOn(ctx, period, input, now, previousReport);
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
