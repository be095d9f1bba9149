import { ZAdminSignInSettingsInput } from '@belonging/domain';
import { getSignInSettings, saveSignInSettings } from '../../services/admin/sign-in-settings.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminSignInSettingsRouter = createTRPCRouter({
  /** Single sign-on and password sign-in: whether a client secret is stored, never the secret. */
  get: adminProcedure.query(({ ctx }) => getSignInSettings(ctx.db, ctx.session, ctx.sso)),
  update: adminProcedure
    .input(ZAdminSignInSettingsInput)
    .mutation(({ ctx, input }) => saveSignInSettings(ctx.db, ctx.session, input, ctx.sso)),
});
