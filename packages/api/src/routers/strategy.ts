import { assessStrategyAt } from '@belonging/db';
import { ZStrategyTreeInput } from '@belonging/domain';
import { ApiError } from '../errors.ts';
import { authedProcedure, createTRPCRouter } from '../trpc.ts';

export const strategyRouter = createTRPCRouter({
  /** Ambitions → commitments → actions and KPIs with their colours and roll-ups at a date (today by default). */
  tree: authedProcedure.input(ZStrategyTreeInput).query(async ({ ctx, input }) => {
    const assessed = await assessStrategyAt(ctx.db, { organisationId: ctx.session.organisationId, asOf: input?.asOf ?? ctx.now() });
    if (!assessed) throw new ApiError('NOT_FOUND', 'This trust has no strategy yet. The EDI team can create one.');
    return assessed;
  }),
});
