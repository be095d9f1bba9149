import { ZAdminWorkforceSaveInput, ZByIdInput } from '@belonging/domain';
import { listWorkforceUploads } from '@belonging/db';
import { getUpload, saveUpload } from '../../services/admin/workforce.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminWorkforceRouter = createTRPCRouter({
  /** The trust's workforce uploads, newest first: provenance and whether each was saved. */
  list: adminProcedure.query(({ ctx }) => listWorkforceUploads(ctx.db, ctx.session.organisationId)),
  /** One upload: provenance, the full figures and what saving them to the KPIs would do. */
  byId: adminProcedure
    .input(ZByIdInput)
    .query(({ ctx, input }) => getUpload(ctx.db, ctx.session, input.id)),
  /** Writes the year's figures to the KPIs, adding the chosen library KPIs, in one transaction. */
  save: adminProcedure
    .input(ZAdminWorkforceSaveInput)
    .mutation(({ ctx, input }) => saveUpload(ctx.db, ctx.session, input, ctx.now())),
});
