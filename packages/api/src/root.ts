import { accountRouter } from './routers/account.ts';
import { actionRouter } from './routers/action.ts';
import { adminRouter } from './routers/admin/index.ts';
import { auditRouter } from './routers/audit.ts';
import { authRouter } from './routers/auth.ts';
import { boardPaperRouter } from './routers/board-paper.ts';
import { commentRouter } from './routers/comment.ts';
import { kpiRouter } from './routers/kpi.ts';
import { milestoneRouter } from './routers/milestone.ts';
import { periodRouter } from './routers/period.ts';
import { reportRouter } from './routers/report.ts';
import { strategyRouter } from './routers/strategy.ts';
import { createCallerFactory, createTRPCRouter } from './trpc.ts';

export const appRouter = createTRPCRouter({
  auth: authRouter,
  strategy: strategyRouter,
  action: actionRouter,
  milestone: milestoneRouter,
  kpi: kpiRouter,
  report: reportRouter,
  period: periodRouter,
  comment: commentRouter,
  audit: auditRouter,
  admin: adminRouter,
  boardPaper: boardPaperRouter,
  account: accountRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
