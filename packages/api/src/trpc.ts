import type { Role } from '@belonging/db';
import { REQUEST_TOO_LARGE_MESSAGE } from '@belonging/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import type { Context } from './context.ts';
import { ApiError, toTRPCError } from './errors.ts';
import { noteDataChanged } from './services/assessment-cache.ts';
import { transformer } from './transformer.ts';

export { createContext, type Context } from './context.ts';

const t = initTRPC.context<Context>().create({
  transformer,
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const zodError = cause instanceof z.ZodError ? z.flattenError(cause) : null;
    const apiError = cause instanceof ApiError ? cause : null;
    const internal = error.code === 'INTERNAL_SERVER_ERROR';
    return {
      ...shape,
      // An unexpected error tells the caller nothing about our code or SQL.
      message: internal
        ? 'Something went wrong on our side. Please try again.'
        : error.code === 'PAYLOAD_TOO_LARGE'
          ? REQUEST_TOO_LARGE_MESSAGE
          : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodError,
        fieldErrors: apiError?.fieldErrors ?? null,
        details: apiError?.data ?? null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Maps errors once for every procedure; refuses cross-site writes; retires cached assessments after writes. */
const base = t.procedure.use(async ({ ctx, type, path, next }) => {
  if (type === 'mutation' && !ctx.meta.sameOrigin) {
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'Changes must come from the Belonging Tracker app itself.',
    });
  }
  const result = await next();
  // After the write has committed, so no later read can be served from before it. A failed write
  // rolled back, and sign-in and sign-out change nothing an assessment reads.
  if (type === 'mutation' && result.ok && !path.startsWith('auth.')) noteDataChanged();
  if (!result.ok) {
    const mapped = toTRPCError(result.error.cause);
    if (mapped && mapped !== result.error) throw mapped;
  }
  return result;
});

/** Anyone, signed in or not. */
export const publicProcedure = base;

/** What someone holding a temporary password may still do: see who they are, change it, or leave. */
const TEMPORARY_PASSWORD_PATHS = new Set(['auth.me', 'auth.changePassword', 'auth.signOut']);

/** Any signed-in member of a trust; narrows `ctx.session` to non-null. */
export const authedProcedure = base.use(({ ctx, path, next }) => {
  if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  if (ctx.session.roles.length === 0) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'You have no role in this trust.' });
  }
  if (ctx.session.mustChangePassword && !TEMPORARY_PASSWORD_PATHS.has(path)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Change your temporary password first.' });
  }
  return next({ ctx: { ...ctx, session: ctx.session } });
});

function requireRole(roles: readonly Role[], what: string) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!ctx.session.roles.some((r) => roles.includes(r))) {
      throw new TRPCError({ code: 'FORBIDDEN', message: `Only ${what} can do this.` });
    }
    return next();
  });
}

/** Executive owners (and the EDI team, who administer every action). */
export const ownerProcedure = requireRole(['executive_owner', 'edi_admin'], 'executive owners');
/** People who may comment on actions: owners, network representatives and the EDI team. */
export const commenterProcedure = requireRole(
  ['executive_owner', 'network_rep', 'edi_admin'],
  'executive owners, staff network representatives and the EDI team',
);
/** The EDI team. */
export const adminProcedure = requireRole(['edi_admin'], 'the EDI team');
