import {
  ZAdminAmbitionCreateInput,
  ZAdminAmbitionReorderInput,
  ZAdminAmbitionUpdateInput,
  ZArchiveInput,
  ZAdminRestoreInput,
} from '@belonging/domain';
import {
  archiveAmbition,
  createAmbition,
  reorderAmbitions,
  updateAmbition,
} from '../../services/admin/strategy.ts';
import { restoreAmbition } from '../../services/admin/restore.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminAmbitionRouter = createTRPCRouter({
  create: adminProcedure
    .input(ZAdminAmbitionCreateInput)
    .mutation(({ ctx, input }) => createAmbition(ctx.db, ctx.session, input)),
  update: adminProcedure
    .input(ZAdminAmbitionUpdateInput)
    .mutation(({ ctx, input }) => updateAmbition(ctx.db, ctx.session, input)),
  archive: adminProcedure
    .input(ZArchiveInput)
    .mutation(({ ctx, input }) => archiveAmbition(ctx.db, ctx.session, input.id)),
  reorder: adminProcedure
    .input(ZAdminAmbitionReorderInput)
    .mutation(({ ctx, input }) => reorderAmbitions(ctx.db, ctx.session, input)),
  /** Puts an archived ambition back where it was, unless a live ambition now has its number. */
  restore: adminProcedure
    .input(ZAdminRestoreInput)
    .mutation(({ ctx, input }) => restoreAmbition(ctx.db, ctx.session, input.id)),
});
