import { ZByIdInput, ZEmailListInput, ZEmailSettingsInput } from '@belonging/domain';
import {
  getEmailSettings,
  listEmails,
  readEmail,
  saveEmailSettings,
} from '../../services/admin/emails.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminEmailRouter = createTRPCRouter({
  /** The trust's outbox newest first, a page at a time; with the failed count and whether mail can go. */
  list: adminProcedure
    .input(ZEmailListInput)
    .query(({ ctx, input }) =>
      listEmails(ctx.db, ctx.session.organisationId, input, ctx.mailConfigured),
    ),
  /** One message as it was written: its text and its HTML. */
  message: adminProcedure
    .input(ZByIdInput)
    .query(({ ctx, input }) => readEmail(ctx.db, ctx.session.organisationId, input.id)),
  settings: adminProcedure.query(({ ctx }) =>
    getEmailSettings(ctx.db, ctx.session.organisationId, ctx.mailConfigured),
  ),
  /** Pause all email for the trust, and when reminders go. */
  updateSettings: adminProcedure
    .input(ZEmailSettingsInput)
    .mutation(({ ctx, input }) => saveEmailSettings(ctx.db, ctx.session, input)),
});
