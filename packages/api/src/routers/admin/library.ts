import { FRAMEWORK_TAGS, INDICATOR_LIBRARY } from '@belonging/domain';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminLibraryRouter = createTRPCRouter({
  /** The NHS indicator library, and the framework codes actions and KPIs can be tagged with. */
  list: adminProcedure.query(() => ({
    indicators: INDICATOR_LIBRARY,
    frameworkTags: FRAMEWORK_TAGS,
  })),
});
