import { ZAdminStrategySaveInput } from '@belonging/domain';
import {
  getStrategySettings,
  saveStrategySettings,
} from '../../services/admin/strategy-settings.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminStrategyRouter = createTRPCRouter({
  /** The strategy's title, years and roll-up rule; null when the trust has none yet. */
  get: adminProcedure.query(({ ctx }) => getStrategySettings(ctx.db, ctx.session)),
  save: adminProcedure
    .input(ZAdminStrategySaveInput)
    .mutation(({ ctx, input }) => saveStrategySettings(ctx.db, ctx.session, input)),
});
