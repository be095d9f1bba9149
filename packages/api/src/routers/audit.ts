import { ZAuditExportInput, ZAuditListInput } from '@belonging/domain';
import { exportAuditTrail } from '../services/audit/audit-export.ts';
import { listAuditTrail } from '../services/audit/audit-trail.ts';
import { heavyAdminProcedure } from '../heavy-procedure.ts';
import { adminProcedure, createTRPCRouter } from '../trpc.ts';

export const auditRouter = createTRPCRouter({
  /** The trust's audit trail, newest first, a page at a time, every entry in words. */
  list: adminProcedure
    .input(ZAuditListInput)
    .query(({ ctx, input }) => listAuditTrail(ctx.db, ctx.session.organisationId, input)),
  /** The filtered trail as a CSV or Excel file (base64), like the board report downloads. */
  export: heavyAdminProcedure
    .input(ZAuditExportInput)
    .query(({ ctx, input }) =>
      exportAuditTrail(ctx.db, ctx.session.organisationId, input, ctx.now()),
    ),
});
