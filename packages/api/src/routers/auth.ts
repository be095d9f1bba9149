import {
  changeOwnPassword,
  deleteSession,
  deleteSignInCounter,
  findPasswordHash,
  findTrustSsoSettings,
  findUserForSignIn,
  hashPassword,
  verifyPassword,
  writeWithAudit,
} from '@belonging/db';
import {
  passwordSignInDisabledMessage,
  ZChangePasswordInput,
  ZSignInInput,
  type TSignInOptions,
} from '@belonging/domain';

import { openSession } from '../auth/open-session.ts';
import { clearedSessionCookie } from '../auth/session-token.ts';
import { SSO_START_PATH } from '../auth/sso/single-sign-on.ts';
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
    // Asked only after a correct password, so the answer tells a guesser nothing about the account.
    const trust = await findTrustSsoSettings(ctx.db, organisationId);
    if (trust?.passwordSignInDisabled && trust.breakGlassUserId !== user.id) {
      throw new ApiError('FORBIDDEN', passwordSignInDisabledMessage(trust.name));
    }
    const cookie = await openSession(ctx.db, {
      userId: user.id,
      organisationId,
      now: ctx.now(),
      secure: ctx.meta.secure,
      via: 'password',
      alongside: (tx) => succeedSignIn(tx, ctx, attempt, user.id),
    });
    ctx.setHeader('Set-Cookie', cookie);
    return { ok: true as const };
  }),

  /** What the sign-in page offers: a "Sign in with <trust>" button per trust with single sign-on. */
  signInOptions: publicProcedure.query(async ({ ctx }): Promise<TSignInOptions> => {
    const trusts = await ctx.sso.trusts(ctx.db);
    return {
      sso: trusts.flatMap(({ settings, sso }) =>
        sso
          ? [
              {
                organisationName: settings.name,
                startUrl: `${SSO_START_PATH}?trust=${encodeURIComponent(settings.slug)}`,
              },
            ]
          : [],
      ),
      passwordFormOpen:
        trusts.length === 0 || trusts.some((t) => !t.settings.passwordSignInDisabled),
    };
  }),

  /**
   * Public, so a browser holding an expired or unknown session cookie can still have it cleared.
   * When the trust signs in through a provider, gives its logout address so the app can offer it.
   */
  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const { session } = ctx;
    let providerLogoutUrl: string | null = null;
    if (session) {
      const sso = await ctx.sso.forTrust(ctx.db, session.organisationId);
      if (sso) providerLogoutUrl = await ctx.sso.providerLogoutUrl(sso);
      await writeWithAudit(ctx.db, session, async (tx) => {
        await deleteSession(tx, session.sessionId);
        return {
          result: null,
          audit: { entity: 'session', entityId: session.sessionId, operation: 'sign_out' },
        };
      });
    }
    ctx.setHeader('Set-Cookie', clearedSessionCookie(ctx.meta.secure));
    return { ok: true as const, providerLogoutUrl };
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
