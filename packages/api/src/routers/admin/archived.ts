import { listArchived } from '../../services/admin/restore.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminArchivedRouter = createTRPCRouter({
  /** Archived ambitions, commitments, actions, milestones and KPIs, with who archived each, when. */
  list: adminProcedure.query(({ ctx }) => listArchived(ctx.db, ctx.session)),
});
