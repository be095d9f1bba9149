import { createTRPCRouter } from '../trpc.ts';

export const periodRouter = createTRPCRouter({});
