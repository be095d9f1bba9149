import {
  assessStrategy,
  currentReportingPeriod,
  londonDay,
  type TAssessedStrategy,
  type TPeriodWindow,
  type TStrategyInput,
} from '@belonging/domain';
import type { DbClient } from '../client.ts';
import { findReportPeriods, loadStrategyInput } from './load-strategy.ts';

/** Assesses a loaded strategy on `day` with the update window of the period current that day. */
export function assessOnDay(
  input: TStrategyInput,
  periods: readonly TPeriodWindow[],
  day: Date,
): TAssessedStrategy {
  const period = currentReportingPeriod(periods, day);
  return assessStrategy(input, {
    asOf: day,
    updateWindow: period ? { opens: period.windowOpens, closes: period.windowCloses } : null,
  });
}

/**
 * The trust's strategy assessed on the London day of `asOf`, with the update window of the
 * reporting period current at that day (so missing updates show once it has closed). Null when
 * the trust has no strategy.
 */
export async function assessStrategyAt(
  db: DbClient,
  { organisationId, asOf }: { organisationId: string; asOf: Date },
): Promise<TAssessedStrategy | null> {
  const day = londonDay(asOf);
  const input = await loadStrategyInput(db, { organisationId, asOf: day });
  if (!input) return null;
  const periods = await findReportPeriods(db, { organisationId, strategyId: input.strategy.id });
  return assessOnDay(input, periods, day);
}
