import {
  ZAdminPeriodCreateInput,
  ZAdminPeriodLockInput,
  ZAdminPeriodUpdateInput,
} from '@belonging/domain';
import {
  createPeriod,
  listPeriods,
  lockPeriod,
  updatePeriod,
} from '../../services/admin/period.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminPeriodRouter = createTRPCRouter({
  /** Newest first, with lock state and who has not yet updated in each period's window. */
  list: adminProcedure.query(({ ctx }) => listPeriods(ctx.db, ctx.session, ctx.now())),
  create: adminProcedure
    .input(ZAdminPeriodCreateInput)
    .mutation(({ ctx, input }) => createPeriod(ctx.db, ctx.session, input)),
  update: adminProcedure
    .input(ZAdminPeriodUpdateInput)
    .mutation(({ ctx, input }) => updatePeriod(ctx.db, ctx.session, input)),
  /** Freezes the board snapshot, saving the board paper's front sheet with it when given; once only. */
  lock: adminProcedure
    .input(ZAdminPeriodLockInput)
    .mutation(({ ctx, input }) =>
      lockPeriod(ctx.db, ctx.session, input.periodId, ctx.now(), input.sheet),
    ),
});
