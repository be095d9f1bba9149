import { findReportingPeriods } from '@belonging/db';
import { currentReportingPeriod, londonDay, periodStandings } from '@belonging/domain';
import { authedProcedure, createTRPCRouter } from '../trpc.ts';

export const periodRouter = createTRPCRouter({
  /**
   * The trust's reporting periods, oldest first, each with its window, board date, lock and
   * standing (locked snapshot, live, past and not locked, or not yet open).
   */
  list: authedProcedure.query(async ({ ctx }) => {
    const periods = await findReportingPeriods(ctx.db, {
      organisationId: ctx.session.organisationId,
    });
    const today = londonDay(ctx.now());
    const current = currentReportingPeriod(periods, today);
    const standings = periodStandings(periods, today);
    return periods.map((p) => ({
      ...p,
      isCurrent: p.id === current?.id,
      standing: standings.get(p.id) ?? 'upcoming',
    }));
  }),
});
