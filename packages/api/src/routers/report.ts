import { buildPeriodReport } from '@belonging/db';
import { ZBoardReportInput, toIsoDay } from '@belonging/domain';
import { cachedAssessment } from '../services/assessment-cache.ts';
import { authedProcedure, createTRPCRouter } from '../trpc.ts';

export const reportRouter = createTRPCRouter({
  /**
   * The board's RAG report for a period (the current one by default): a locked period answers
   * with its frozen snapshot exactly as stored, an open one is computed live.
   */
  board: authedProcedure.input(ZBoardReportInput).query(({ ctx, input }) => {
    const { organisationId } = ctx.session;
    const now = ctx.now();
    const periodId = input?.periodId;
    return cachedAssessment(
      `report|${organisationId}|${periodId ?? 'current'}|${toIsoDay(now)}`,
      () => buildPeriodReport(ctx.db, { organisationId, periodId, now }),
    );
  }),
});
