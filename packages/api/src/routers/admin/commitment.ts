import {
  ZAdminCommitmentCreateInput,
  ZAdminCommitmentReorderInput,
  ZAdminCommitmentUpdateInput,
  ZArchiveInput,
} from '@belonging/domain';
import {
  archiveCommitment,
  createCommitment,
  reorderCommitments,
  updateCommitment,
} from '../../services/admin/strategy.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminCommitmentRouter = createTRPCRouter({
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
});
