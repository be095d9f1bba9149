import { ZAdminBoardPaperGetInput, ZAdminBoardPaperSaveInput } from '@belonging/domain';
import { getBoardPaper, saveBoardPaper } from '../../services/admin/board-paper.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminBoardPaperRouter = createTRPCRouter({
  /** The period's saved front sheet, or defaults drawn from its report (`isDefault`). */
  get: adminProcedure
    .input(ZAdminBoardPaperGetInput)
    .query(({ ctx, input }) => getBoardPaper(ctx.db, ctx.session, input.periodId, ctx.now())),
  /** Saves the front sheet and commentary; a save that changes nothing writes no audit event. */
  save: adminProcedure
    .input(ZAdminBoardPaperSaveInput)
    .mutation(({ ctx, input }) => saveBoardPaper(ctx.db, ctx.session, input)),
});
