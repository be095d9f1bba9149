import { ZMilestoneAtRiskInput, ZMilestoneCompleteInput } from '@belonging/domain';
import { completeMilestone, setMilestoneAtRisk } from '../services/milestone.ts';
import { createTRPCRouter, ownerProcedure } from '../trpc.ts';

export const milestoneRouter = createTRPCRouter({
  complete: ownerProcedure
    .input(ZMilestoneCompleteInput)
    .mutation(({ ctx, input }) => completeMilestone(ctx.db, ctx.session, input, ctx.now())),

  setAtRisk: ownerProcedure
    .input(ZMilestoneAtRiskInput)
    .mutation(({ ctx, input }) => setMilestoneAtRisk(ctx.db, ctx.session, input)),
});
