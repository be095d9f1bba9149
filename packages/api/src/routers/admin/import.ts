import { ZAdminImportCommitInput, ZAdminImportInput } from '@belonging/domain';
import { commitImport, validateImport } from '../../services/admin/import.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminImportRouter = createTRPCRouter({
  /** Checks a file's rows and lists every problem by line; writes nothing. A mutation, as files are large. */
  validate: adminProcedure
    .input(ZAdminImportInput)
    .mutation(({ ctx, input }) => validateImport(ctx.db, ctx.session, input.rows, ctx.now())),
  /** All rows in one transaction, or none when any row has a problem or an unconfirmed locked period. */
  commit: adminProcedure
    .input(ZAdminImportCommitInput)
    .mutation(({ ctx, input }) => commitImport(ctx.db, ctx.session, input, ctx.now())),
});
