import { findArchivedStrategyItems } from '@belonging/db';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminArchivedRouter = createTRPCRouter({
  /** Archived ambitions, commitments, actions, milestones and KPIs, with who archived each, when. */
  list: adminProcedure.query(({ ctx }) =>
    findArchivedStrategyItems(ctx.db, { organisationId: ctx.session.organisationId }),
  ),
});
