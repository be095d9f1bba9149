import { createTRPCRouter } from '../trpc.ts';

export const commentRouter = createTRPCRouter({});
