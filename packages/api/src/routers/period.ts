import { findReportingPeriods } from '@belonging/db';
import { currentReportingPeriod, londonDay } from '@belonging/domain';
import { authedProcedure, createTRPCRouter } from '../trpc.ts';

export const periodRouter = createTRPCRouter({
  /** The trust's reporting periods, oldest first, each with its window, board date and lock. */
  list: authedProcedure.query(async ({ ctx }) => {
    const periods = await findReportingPeriods(ctx.db, {
      organisationId: ctx.session.organisationId,
    });
    const current = currentReportingPeriod(periods, londonDay(ctx.now()));
    return periods.map((p) => ({ ...p, isCurrent: p.id === current?.id }));
  }),
});
