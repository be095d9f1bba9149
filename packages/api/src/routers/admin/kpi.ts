import {
  ZAdminKpiArchiveInput,
  ZAdminKpiCreateInput,
  ZAdminKpiFromLibraryInput,
  ZAdminKpiPreviewInput,
  ZAdminKpiUpdateInput,
  ZAdminRestoreInput,
  ZArchiveInput,
} from '@belonging/domain';
import {
  archiveKpi,
  createKpi,
  getKpiForEdit,
  previewKpi,
  updateKpi,
} from '../../services/admin/kpi.ts';
import { createKpiFromLibrary } from '../../services/admin/kpi-library.ts';
import { restoreKpi } from '../../services/admin/restore.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminKpiRouter = createTRPCRouter({
  /** The KPI as its edit form needs it: every stored field, trajectory and tags. */
  byId: adminProcedure
    .input(ZArchiveInput)
    .query(({ ctx, input }) => getKpiForEdit(ctx.db, ctx.session, input.id)),
  create: adminProcedure
    .input(ZAdminKpiCreateInput)
    .mutation(({ ctx, input }) => createKpi(ctx.db, ctx.session, input)),
  update: adminProcedure
    .input(ZAdminKpiUpdateInput)
    .mutation(({ ctx, input }) => updateKpi(ctx.db, ctx.session, input)),
  archive: adminProcedure
    .input(ZAdminKpiArchiveInput)
    .mutation(({ ctx, input }) => archiveKpi(ctx.db, ctx.session, input)),
  /** Puts an archived KPI back where it was, unless its ambition or commitment is archived. */
  restore: adminProcedure
    .input(ZAdminRestoreInput)
    .mutation(({ ctx, input }) => restoreKpi(ctx.db, ctx.session, input.id)),
  /** What the definition would make of the KPI's existing values; nothing is saved. */
  preview: adminProcedure
    .input(ZAdminKpiPreviewInput)
    .query(({ ctx, input }) => previewKpi(ctx.db, ctx.session, input, ctx.now())),
  createFromLibrary: adminProcedure
    .input(ZAdminKpiFromLibraryInput)
    .mutation(({ ctx, input }) => createKpiFromLibrary(ctx.db, ctx.session, input)),
});
