import { createTRPCRouter } from '../trpc.ts';

export const kpiRouter = createTRPCRouter({});
