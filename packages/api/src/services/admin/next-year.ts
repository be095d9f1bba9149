import {
  createReportingPeriods,
  findCarryForwardRows,
  findYearPlanningData,
  writeWithAudit,
  type Actor,
  type Db,
} from '@belonging/db';
import {
  carryForward,
  londonDay,
  planNextYear,
  type TAdminPeriodStartNextYearInput,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import { currentStrategy } from './lookups.ts';

async function plan(db: Db, actor: Actor, now: Date) {
  const strategy = await currentStrategy(db, actor.organisationId);
  const data = await findYearPlanningData(db, {
    organisationId: actor.organisationId,
    strategyId: strategy.id,
  });
  return { strategyId: strategy.id, plan: planNextYear({ ...data, today: londonDay(now) }) };
}

/**
 * What "Start the next year" would create, before anything is written: the four quarters with
 * their windows and board dates, what continues into the year, and what to check first.
 */
export async function previewNextYear(db: Db, actor: Actor, now: Date) {
  const { strategyId, plan: next } = await plan(db, actor, now);
  if (!next.ok) return { ...next, carried: null };
  const rows = await findCarryForwardRows(db, {
    organisationId: actor.organisationId,
    strategyId,
  });
  return { ...next, carried: carryForward(next, londonDay(now), rows) };
}

/**
 * Creates the next year's four quarters in one transaction with one `start_year` event. The
 * server plans again and refuses if the year or any date moved since the preview.
 */
export async function startNextYear(
  db: Db,
  actor: Actor,
  input: TAdminPeriodStartNextYearInput,
  now: Date,
) {
  const { strategyId, plan: next } = await plan(db, actor, now);
  if (!next.ok) throw new ApiError('CONFLICT', next.message);
  if (next.year !== input.year || next.key !== input.planKey) {
    throw new ApiError(
      'CONFLICT',
      `The plan has changed since you looked at it: the next year is now ${next.year}. Check the preview again before creating it.`,
    );
  }
  return writeWithAudit(db, actor, async (tx) => {
    const periods = await createReportingPeriods(
      tx,
      { organisationId: actor.organisationId, strategyId },
      next.quarters.map(({ quarter: _q, patternFrom: _from, ...q }) => q),
    );
    const first = periods[0];
    if (!first) throw new Error('A year has four quarters');
    return {
      result: { year: next.year, periods },
      audit: {
        entity: 'period',
        entityId: first.id,
        operation: 'start_year',
        after: { year: next.year, basedOn: next.basedOn, periods },
      },
    };
  });
}
