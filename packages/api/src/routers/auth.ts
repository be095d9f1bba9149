import {
  createSession,
  deleteSession,
  findUserForSignIn,
  hashPassword,
  recordAudit,
  verifyPassword,
} from '@belonging/db';
import { ZChangePasswordInput, ZSignInInput } from '@belonging/domain';

import {
  SESSION_ABSOLUTE_MS,
  clearedSessionCookie,
  hashSessionToken,
  newSessionToken,
  sessionCookie,
} from '../auth/session-token.ts';
import { ApiError } from '../errors.ts';
import { authedProcedure, createTRPCRouter, publicProcedure, type Context } from '../trpc.ts';

// Verifying against a real hash when the account does not exist keeps the timing the same, so
// the answer never reveals whether an email is registered.
const decoyHash = hashPassword('decoy-password-never-used');
const SIGN_IN_FAILED = 'Enter a correct email address and password.';

/** Counts a password check before it starts (see SignInThrottle.begin); refuses it past the limit. */
function beginPasswordCheck(ctx: Context, account: string, at: number): void {
  const wait = ctx.throttle.begin(account, ctx.meta.ip, at);
  if (wait > 0) {
    ctx.setHeader('Retry-After', String(wait));
    throw new ApiError(
      'TOO_MANY_REQUESTS',
      `Too many attempts. Try again in ${Math.ceil(wait / 60)} minute(s).`,
    );
  }
}

export const authRouter = createTRPCRouter({
  signIn: publicProcedure.input(ZSignInInput).mutation(async ({ ctx, input }) => {
    const now = ctx.now();
    const account = `sign-in:${input.email}`;
    beginPasswordCheck(ctx, account, now.getTime());
    const user = await findUserForSignIn(ctx.db, input.email);
    const passwordOk = await verifyPassword(
      user?.passwordHash ?? (await decoyHash),
      input.password,
    );
    const organisationId = user?.memberships[0]?.organisationId;
    if (!user || !passwordOk || !user.isActive || !organisationId) {
      throw new ApiError('UNAUTHORIZED', SIGN_IN_FAILED);
    }
    ctx.throttle.succeed(account, ctx.meta.ip, now.getTime());
    const token = newSessionToken();
    await ctx.db.$transaction(async (tx) => {
      const session = await createSession(tx, {
        tokenHash: hashSessionToken(token),
        userId: user.id,
        organisationId,
        expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      });
      await recordAudit(tx, {
        organisationId,
        actorId: user.id,
        entity: 'session',
        entityId: session.id,
        operation: 'sign_in',
      });
    });
    ctx.setHeader('Set-Cookie', sessionCookie(token, ctx.meta.secure));
    return { ok: true as const };
  }),

  /** Public, so a browser holding an expired or unknown session cookie can still have it cleared. */
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const { session } = ctx;
    if (session) {
      await ctx.db.$transaction(async (tx) => {
        await deleteSession(tx, session.sessionId);
        await recordAudit(tx, {
          organisationId: session.organisationId,
          actorId: session.userId,
          entity: 'session',
          entityId: session.sessionId,
          operation: 'sign_out',
        });
      });
    }
    ctx.setHeader('Set-Cookie', clearedSessionCookie(ctx.meta.secure));
    return { ok: true as const };
  }),

  /** Who is signed in, or null: the apps call this first to decide what to show. */
  me: publicProcedure.query(({ ctx }) => {
    const s = ctx.session;
    if (!s) return null;
    return {
      id: s.userId,
      name: s.name,
      email: s.email,
      roles: s.roles,
      organisation: { id: s.organisationId, name: s.organisationName, isDemo: s.isDemo },
      mustChangePassword: s.mustChangePassword,
    };
  }),

  changePassword: authedProcedure.input(ZChangePasswordInput).mutation(async ({ ctx, input }) => {
    const { session } = ctx;
    const now = ctx.now().getTime();
    const account = `change-password:${session.userId}`;
    beginPasswordCheck(ctx, account, now);
    const user = await ctx.db.user.findUniqueOrThrow({
      where: { id: session.userId },
      select: { passwordHash: true },
    });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new ApiError('BAD_REQUEST', 'Your current password is not correct.', {
        currentPassword: ['Your current password is not correct'],
      });
    }
    ctx.throttle.succeed(account, ctx.meta.ip, now);
    const passwordHash = await hashPassword(input.newPassword);
    await ctx.db.$transaction(async (tx) => {
      await tx.user.update({
        where: { id: session.userId },
        data: { passwordHash, mustChangePassword: false },
      });
      // Other sessions of this user end: a changed password should lock out whoever knew the old one.
      await tx.session.deleteMany({
        where: { userId: session.userId, id: { not: session.sessionId } },
      });
      await recordAudit(tx, {
        organisationId: session.organisationId,
        actorId: session.userId,
        entity: 'user',
        entityId: session.userId,
        operation: 'change_password',
      });
    });
    return { ok: true as const };
  }),
});
