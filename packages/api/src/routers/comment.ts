import { ZCommentInput, ZCommentListInput } from '@belonging/domain';
import { addComment, listComments } from '../services/comment.ts';
import { authedProcedure, commenterProcedure, createTRPCRouter } from '../trpc.ts';

export const commentRouter = createTRPCRouter({
  /** Anyone who can read the action can read what was said about it. */
  list: authedProcedure
    .input(ZCommentListInput)
    .query(({ ctx, input }) => listComments(ctx.db, ctx.session, input.actionId)),

  add: commenterProcedure
    .input(ZCommentInput)
    .mutation(({ ctx, input }) => addComment(ctx.db, ctx.session, input, ctx.now())),
});
