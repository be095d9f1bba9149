import {
  ZAdminPeriodCreateInput,
  ZAdminPeriodLockInput,
  ZAdminPeriodStartNextYearInput,
  ZAdminPeriodUpdateInput,
  ZAdminPeriodWindowNowInput,
} from '@belonging/domain';
import { previewNextYear, startNextYear } from '../../services/admin/next-year.ts';
import {
  createPeriod,
  listPeriods,
  lockPeriod,
  moveWindowNow,
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
  /** Opens the update window today; the close stays unless it has passed. */
  openWindow: adminProcedure
    .input(ZAdminPeriodWindowNowInput)
    .mutation(({ ctx, input }) =>
      moveWindowNow(ctx.db, ctx.session, input.id, ctx.now(), 'open_window', ctx.appOrigin),
    ),
  /** Closes the update window now: yesterday becomes its last day. */
  closeWindow: adminProcedure
    .input(ZAdminPeriodWindowNowInput)
    .mutation(({ ctx, input }) =>
      moveWindowNow(ctx.db, ctx.session, input.id, ctx.now(), 'close_window', ctx.appOrigin),
    ),
  /** The next financial year's quarters and what carries into them, before anything is written. */
  nextYearPreview: adminProcedure.query(({ ctx }) =>
    previewNextYear(ctx.db, ctx.session, ctx.now()),
  ),
  /** Creates the previewed year's four quarters, re-planned on the server. */
  startNextYear: adminProcedure
    .input(ZAdminPeriodStartNextYearInput)
    .mutation(({ ctx, input }) => startNextYear(ctx.db, ctx.session, input, ctx.now())),
  /** Freezes the board snapshot, saving the board paper's front sheet with it when given; once only. */
  lock: adminProcedure
    .input(ZAdminPeriodLockInput)
    .mutation(({ ctx, input }) =>
      lockPeriod(ctx.db, ctx.session, input.periodId, ctx.now(), input.sheet, ctx.appOrigin),
    ),
});
