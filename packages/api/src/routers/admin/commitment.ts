import {
  ZAdminCommitmentCreateInput,
  ZAdminCommitmentReorderInput,
  ZAdminCommitmentUpdateInput,
  ZArchiveInput,
  ZAdminRestoreInput,
} from '@belonging/domain';
import {
  archiveCommitment,
  createCommitment,
  getCommitmentForEdit,
  reorderCommitments,
  updateCommitment,
} from '../../services/admin/strategy.ts';
import { restoreCommitment } from '../../services/admin/restore.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminCommitmentRouter = createTRPCRouter({
  /** The commitment as its edit page needs it, with whether it is kept off the public page. */
  byId: adminProcedure
    .input(ZArchiveInput)
    .query(({ ctx, input }) => getCommitmentForEdit(ctx.db, ctx.session, input.id)),
  create: adminProcedure
    .input(ZAdminCommitmentCreateInput)
    .mutation(({ ctx, input }) => createCommitment(ctx.db, ctx.session, input)),
  update: adminProcedure
    .input(ZAdminCommitmentUpdateInput)
    .mutation(({ ctx, input }) => updateCommitment(ctx.db, ctx.session, input)),
  archive: adminProcedure
    .input(ZArchiveInput)
    .mutation(({ ctx, input }) => archiveCommitment(ctx.db, ctx.session, input.id)),
  reorder: adminProcedure
    .input(ZAdminCommitmentReorderInput)
    .mutation(({ ctx, input }) => reorderCommitments(ctx.db, ctx.session, input)),
  /** Puts an archived commitment back where it was, unless its parent is archived or its code is taken. */
  restore: adminProcedure
    .input(ZAdminRestoreInput)
    .mutation(({ ctx, input }) => restoreCommitment(ctx.db, ctx.session, input.id)),
});
