import {
  ZAdminActionArchiveInput,
  ZAdminActionCreateInput,
  ZAdminActionReorderInput,
  ZAdminActionUpdateInput,
  ZArchiveInput,
  ZAdminRestoreInput,
} from '@belonging/domain';
import {
  archiveAction,
  createAction,
  getActionForEdit,
  reorderActions,
  updateAction,
} from '../../services/admin/action.ts';
import { restoreAction } from '../../services/admin/restore.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminActionRouter = createTRPCRouter({
  /** The action as its edit form needs it: every field, tags, linked KPIs and milestones. */
  byId: adminProcedure
    .input(ZArchiveInput)
    .query(({ ctx, input }) => getActionForEdit(ctx.db, ctx.session, input.id)),
  create: adminProcedure
    .input(ZAdminActionCreateInput)
    .mutation(({ ctx, input }) => createAction(ctx.db, ctx.session, input, ctx.now())),
  update: adminProcedure
    .input(ZAdminActionUpdateInput)
    .mutation(({ ctx, input }) => updateAction(ctx.db, ctx.session, input, ctx.now())),
  archive: adminProcedure
    .input(ZAdminActionArchiveInput)
    .mutation(({ ctx, input }) => archiveAction(ctx.db, ctx.session, input)),
  reorder: adminProcedure
    .input(ZAdminActionReorderInput)
    .mutation(({ ctx, input }) => reorderActions(ctx.db, ctx.session, input)),
  /** Puts an archived action back where it was, unless its parent is archived or its code is taken. */
  restore: adminProcedure
    .input(ZAdminRestoreInput)
    .mutation(({ ctx, input }) => restoreAction(ctx.db, ctx.session, input.id)),
});
