import { buildPeriodReport } from '@belonging/db';
import { ZBoardReportInput } from '@belonging/domain';
import { authedProcedure, createTRPCRouter } from '../trpc.ts';

export const reportRouter = createTRPCRouter({
  /**
   * The board's RAG report for a period (the current one by default): a locked period answers
   * with its frozen snapshot exactly as stored, an open one is computed live.
   */
  board: authedProcedure
    .input(ZBoardReportInput)
    .query(({ ctx, input }) =>
      buildPeriodReport(ctx.db, { organisationId: ctx.session.organisationId, periodId: input?.periodId, now: ctx.now() }),
    ),
});
