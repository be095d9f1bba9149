import { createTRPCRouter } from '../trpc.ts';

export const milestoneRouter = createTRPCRouter({});
