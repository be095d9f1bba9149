import { ZActionUpdateInput, ZByIdInput } from '@belonging/domain';
import { getActionDetail, listMyActions } from '../services/action-read.ts';
import { submitActionUpdate } from '../services/action-update.ts';
import { authedProcedure, createTRPCRouter, ownerProcedure } from '../trpc.ts';

export const actionRouter = createTRPCRouter({
  /** The caller's live actions with their colours, and the period whose update is due. */
  mine: ownerProcedure.query(({ ctx }) => listMyActions(ctx.db, ctx.session, ctx.now())),

  byId: authedProcedure
    .input(ZByIdInput)
    .query(({ ctx, input }) => getActionDetail(ctx.db, ctx.session, input.id, ctx.now())),

  submitUpdate: ownerProcedure
    .input(ZActionUpdateInput)
    .mutation(({ ctx, input }) => submitActionUpdate(ctx.db, ctx.session, input, ctx.now())),
});
