import {
  ZAdminMilestoneCreateInput,
  ZAdminMilestoneReorderInput,
  ZAdminMilestoneUpdateInput,
  ZArchiveInput,
  ZAdminRestoreInput,
} from '@belonging/domain';
import {
  archiveMilestone,
  createMilestone,
  reorderMilestones,
  updateMilestone,
} from '../../services/admin/milestone.ts';
import { restoreMilestone } from '../../services/admin/restore.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminMilestoneRouter = createTRPCRouter({
  create: adminProcedure
    .input(ZAdminMilestoneCreateInput)
    .mutation(({ ctx, input }) => createMilestone(ctx.db, ctx.session, input)),
  update: adminProcedure
    .input(ZAdminMilestoneUpdateInput)
    .mutation(({ ctx, input }) => updateMilestone(ctx.db, ctx.session, input)),
  archive: adminProcedure
    .input(ZArchiveInput)
    .mutation(({ ctx, input }) => archiveMilestone(ctx.db, ctx.session, input.id)),
  reorder: adminProcedure
    .input(ZAdminMilestoneReorderInput)
    .mutation(({ ctx, input }) => reorderMilestones(ctx.db, ctx.session, input)),
  /** Puts an archived milestone back where it was, unless its parent is archived or its code is taken. */
  restore: adminProcedure
    .input(ZAdminRestoreInput)
    .mutation(({ ctx, input }) => restoreMilestone(ctx.db, ctx.session, input.id)),
});
