import { ZId } from '@belonging/domain';
import { z } from 'zod';
import { BOARD_REPORT_FORMATS } from '../exports/board-report-file.ts';
import { downloadBoardPaper } from '../services/board-paper-download.ts';
import { heavyAuthedProcedure } from '../heavy-procedure.ts';
import { createTRPCRouter } from '../trpc.ts';

export const ZBoardPaperDownloadInput = z.object({
  periodId: ZId.optional(),
  format: z.enum(BOARD_REPORT_FORMATS, { error: 'Format must be csv, xlsx, pdf or docx' }),
});

export const boardPaperRouter = createTRPCRouter({
  /**
   * The board report of a period (the current one when none is named) as CSV, Excel, or the board
   * paper as PDF or Word. Everyone signed in to the trust reads the board report, so any role may
   * download it. The web app downloads from GET /api/board-paper/:periodId instead (apps/server).
   */
  download: heavyAuthedProcedure
    .input(ZBoardPaperDownloadInput)
    .query(({ ctx, input }) => downloadBoardPaper(ctx.db, ctx.session, input, ctx.now())),
});
