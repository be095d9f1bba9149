import { TRPCError } from '@trpc/server';
import type { Context } from './context.ts';
import { EXTRA_HEAVY_CALL_MESSAGE, exportLimitMessage } from './services/export-limits.ts';
import { adminProcedure, authedProcedure } from './trpc.ts';

/**
 * Procedures that make a file (a board paper, an export) cost seconds of work: one per HTTP request
 * (the rest of a batch is refused), and a few per person per minute (429 with Retry-After).
 */
function admitHeavyCall(ctx: Context & { session: { userId: string } }): void {
  if (ctx.heavyCalls && !ctx.heavyCalls.take()) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: EXTRA_HEAVY_CALL_MESSAGE });
  }
  const wait = ctx.exportLimit.take(ctx.session.userId, ctx.now().getTime());
  if (wait > 0) {
    ctx.setHeader('Retry-After', String(wait));
    throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: exportLimitMessage(wait) });
  }
}

/** A signed-in member of the trust asking for a file. */
export const heavyAuthedProcedure = authedProcedure.use(({ ctx, next }) => {
  admitHeavyCall(ctx);
  return next();
});

/** The EDI team asking for a file. */
export const heavyAdminProcedure = adminProcedure.use(({ ctx, next }) => {
  admitHeavyCall(ctx);
  return next();
});
