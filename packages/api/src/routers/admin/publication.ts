import {
  ZAdminPublicationPreviewInput,
  ZAdminPublicationPublishInput,
  ZAdminPublicationSetInternalInput,
  ZAdminPublicationSetShowOwnerNamesInput,
} from '@belonging/domain';
import {
  getCurrentPublication,
  getPublicationOptions,
  publish,
  setInternal,
  setShowOwnerNames,
  unpublish,
} from '../../services/admin/publication.ts';
import { buildPublicationPreview } from '../../services/admin/publication-preview.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

/** The public progress page: what to publish, a preview of exactly what the public will see, publishing and taking it down. */
export const adminPublicationRouter = createTRPCRouter({
  options: adminProcedure.query(({ ctx }) => getPublicationOptions(ctx.db, ctx.session)),
  /** Builds the page's data live from the choice; writes nothing. */
  preview: adminProcedure
    .input(ZAdminPublicationPreviewInput)
    .query(({ ctx, input }) => buildPublicationPreview(ctx.db, ctx.session, input, ctx.now())),
  publish: adminProcedure
    .input(ZAdminPublicationPublishInput)
    .mutation(({ ctx, input }) => publish(ctx.db, ctx.session, input, ctx.now())),
  unpublish: adminProcedure.mutation(({ ctx }) => unpublish(ctx.db, ctx.session, ctx.now())),
  current: adminProcedure.query(({ ctx }) => getCurrentPublication(ctx.db, ctx.session)),
  setInternal: adminProcedure
    .input(ZAdminPublicationSetInternalInput)
    .mutation(({ ctx, input }) => setInternal(ctx.db, ctx.session, input)),
  setShowOwnerNames: adminProcedure
    .input(ZAdminPublicationSetShowOwnerNamesInput)
    .mutation(({ ctx, input }) => setShowOwnerNames(ctx.db, ctx.session, input.showOwnerNames)),
});
