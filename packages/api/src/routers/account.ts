import { ZEmailPreferencesInput } from '@belonging/domain';
import { getEmailPreferences, saveEmailPreferences } from '../services/email-preferences.ts';
import { authedProcedure, createTRPCRouter } from '../trpc.ts';

/** What each signed-in person decides for themselves ("Your settings"). */
export const accountRouter = createTRPCRouter({
  emailPreferences: authedProcedure.query(({ ctx }) => getEmailPreferences(ctx.db, ctx.session)),
  updateEmailPreferences: authedProcedure
    .input(ZEmailPreferencesInput)
    .mutation(({ ctx, input }) => saveEmailPreferences(ctx.db, ctx.session, input)),
});
