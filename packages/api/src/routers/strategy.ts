import { assessStrategyAt } from '@belonging/db';
import { ZStrategyTreeInput, toIsoDay } from '@belonging/domain';
import { ApiError } from '../errors.ts';
import { cachedAssessment } from '../services/assessment-cache.ts';
import { authedProcedure, createTRPCRouter } from '../trpc.ts';

export const strategyRouter = createTRPCRouter({
  /** Ambitions → commitments → actions and KPIs with their colours and roll-ups at a date (today by default). */
  tree: authedProcedure.input(ZStrategyTreeInput).query(async ({ ctx, input }) => {
    const { organisationId } = ctx.session;
    const asOf = input?.asOf ?? ctx.now();
    const assessed = await cachedAssessment(`tree|${organisationId}|${toIsoDay(asOf)}`, () =>
      assessStrategyAt(ctx.db, { organisationId, asOf }),
    );
    if (!assessed)
      throw new ApiError(
        'NOT_FOUND',
        'This trust has no strategy yet. The EDI team can create one.',
      );
    return assessed;
  }),
});
