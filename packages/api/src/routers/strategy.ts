import { findStrategyTree } from '@belonging/db';
import { ApiError } from '../errors.ts';
import { authedProcedure, createTRPCRouter } from '../trpc.ts';

export const strategyRouter = createTRPCRouter({
  tree: authedProcedure.query(async ({ ctx }) => {
    const strategy = await findStrategyTree(ctx.db, { organisationId: ctx.session.organisationId });
    if (!strategy) throw new ApiError('NOT_FOUND', 'This trust has no strategy yet. The EDI team can create one.');
    return strategy;
  }),
});
