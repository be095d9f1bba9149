import { buildPeriodReport } from '@belonging/db';
import { ZId } from '@belonging/domain';
import { z } from 'zod';
import { BOARD_REPORT_FORMATS, renderBoardReport } from '../exports/board-report-file.ts';
import { authedProcedure, createTRPCRouter } from '../trpc.ts';

export const ZBoardPaperDownloadInput = z.object({
  periodId: ZId.optional(),
  format: z.enum(BOARD_REPORT_FORMATS, { error: 'Format must be csv, xlsx or pdf' }),
});

export const boardPaperRouter = createTRPCRouter({
  /**
   * The board report of a period (the current one when none is named) as CSV, Excel or PDF. Everyone
   * signed in to the trust reads the board report, so any role may download it.
   */
  download: authedProcedure.input(ZBoardPaperDownloadInput).query(async ({ ctx, input }) => {
    const report = await buildPeriodReport(ctx.db, {
      organisationId: ctx.session.organisationId,
      periodId: input.periodId,
      now: ctx.now(),
    });
    return renderBoardReport(report, input.format);
  }),
});
