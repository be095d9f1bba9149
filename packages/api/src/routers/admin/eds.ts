import { ZAdminEdsGetInput, ZAdminEdsSaveInput } from '@belonging/domain';
import { getEds, saveEds } from '../../services/admin/eds.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminEdsRouter = createTRPCRouter({
  get: adminProcedure
    .input(ZAdminEdsGetInput)
    .query(({ ctx, input }) => getEds(ctx.db, ctx.session, input.year)),
  save: adminProcedure
    .input(ZAdminEdsSaveInput)
    .mutation(({ ctx, input }) => saveEds(ctx.db, ctx.session, input, ctx.now())),
});
