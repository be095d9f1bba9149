import {
  changeOwnPassword,
  createSession,
  deleteSession,
  deleteSignInCounter,
  findPasswordHash,
  findUserForSignIn,
  hashPassword,
  verifyPassword,
  writeWithAudit,
} from '@belonging/db';
import { ZChangePasswordInput, ZSignInInput } from '@belonging/domain';

import {
  SESSION_ABSOLUTE_MS,
  clearedSessionCookie,
  hashSessionToken,
  newSessionToken,
  sessionCookie,
} from '../auth/session-token.ts';
import {
  beginPasswordChange,
  beginSignIn,
  failSignIn,
  succeedSignIn,
} from '../auth/sign-in-guard.ts';
import { ApiError } from '../errors.ts';
import { authedProcedure, createTRPCRouter, publicProcedure } from '../trpc.ts';

// Verifying against a real hash when the account does not exist keeps the timing the same, so
// the answer never reveals whether an email is registered.
const decoyHash = hashPassword('decoy-password-never-used');
const SIGN_IN_FAILED = 'Enter a correct email address and password.';

export const authRouter = createTRPCRouter({
  signIn: publicProcedure.input(ZSignInInput).mutation(async ({ ctx, input }) => {
    const user = await findUserForSignIn(ctx.db, input.email);
    const attempt = await beginSignIn(ctx, input.email, user?.id);
    const passwordOk = await verifyPassword(
      user?.passwordHash ?? (await decoyHash),
      input.password,
    );
    const organisationId = user?.memberships[0]?.organisationId;
    if (!user || !passwordOk || !user.isActive || !organisationId) {
      await failSignIn(ctx, attempt);
      throw new ApiError('UNAUTHORIZED', SIGN_IN_FAILED);
    }
    const token = newSessionToken();
    const now = ctx.now();
    await writeWithAudit(ctx.db, { userId: user.id, organisationId }, async (tx) => {
      await succeedSignIn(tx, ctx, attempt, user.id);
      const session = await createSession(tx, {
        tokenHash: hashSessionToken(token),
        userId: user.id,
        organisationId,
        expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      });
      return {
        result: session,
        audit: { entity: 'session', entityId: session.id, operation: 'sign_in' },
      };
    });
    ctx.setHeader('Set-Cookie', sessionCookie(token, ctx.meta.secure));
    return { ok: true as const };
  }),

  /** Public, so a browser holding an expired or unknown session cookie can still have it cleared. */
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const { session } = ctx;
    if (session) {
      await writeWithAudit(ctx.db, session, async (tx) => {
        await deleteSession(tx, session.sessionId);
        return {
          result: null,
          audit: { entity: 'session', entityId: session.sessionId, operation: 'sign_out' },
        };
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
    const throttleKey = await beginPasswordChange(ctx, session.userId);
    const currentHash = await findPasswordHash(ctx.db, session.userId);
    if (!(await verifyPassword(currentHash, input.currentPassword))) {
      throw new ApiError('BAD_REQUEST', 'Your current password is not correct.', {
        currentPassword: ['Your current password is not correct'],
      });
    }
    const passwordHash = await hashPassword(input.newPassword);
    await writeWithAudit(ctx.db, session, async (tx) => {
      await deleteSignInCounter(tx, throttleKey);
      // Other sessions of this user end: a changed password should lock out whoever knew the old one.
      await changeOwnPassword(tx, {
        userId: session.userId,
        passwordHash,
        keepSessionId: session.sessionId,
      });
      return {
        result: null,
        audit: { entity: 'user', entityId: session.userId, operation: 'change_password' },
      };
    });
    return { ok: true as const };
  }),
});
