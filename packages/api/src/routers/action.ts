import { createTRPCRouter } from '../trpc.ts';

export const actionRouter = createTRPCRouter({});
