import {
  ZCommentDeleteInput,
  ZCommentEditInput,
  ZCommentInput,
  ZCommentListInput,
} from '@belonging/domain';
import { addComment, deleteComment, editComment, listComments } from '../services/comment.ts';
import { authedProcedure, commenterProcedure, createTRPCRouter } from '../trpc.ts';

export const commentRouter = createTRPCRouter({
  /** Anyone who can read the action can read what was said about it. */
  list: authedProcedure
    .input(ZCommentListInput)
    .query(({ ctx, input }) => listComments(ctx.db, ctx.session, input.actionId)),

  add: commenterProcedure
    .input(ZCommentInput)
    .mutation(({ ctx, input }) => addComment(ctx.db, ctx.session, input, ctx.now())),

  /** Only the comment's author: anyone else, EDI team included, is FORBIDDEN. */
  edit: commenterProcedure
    .input(ZCommentEditInput)
    .mutation(({ ctx, input }) => editComment(ctx.db, ctx.session, input, ctx.now())),

  /** Only the comment's author; a soft delete, so the thread shows where it was. */
  delete: commenterProcedure
    .input(ZCommentDeleteInput)
    .mutation(({ ctx, input }) => deleteComment(ctx.db, ctx.session, input, ctx.now())),
});
