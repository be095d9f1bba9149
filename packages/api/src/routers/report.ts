import { createTRPCRouter } from '../trpc.ts';

export const reportRouter = createTRPCRouter({});
