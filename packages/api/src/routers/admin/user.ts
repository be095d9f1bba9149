import { listOrganisationUsers } from '@belonging/db';
import {
  ZAdminUserCreateInput,
  ZAdminUserDeactivateInput,
  ZAdminUserReactivateInput,
  ZAdminUserResetPasswordInput,
  ZAdminUserSetRolesInput,
} from '@belonging/domain';
import {
  createUser,
  deactivateUser,
  reactivateUser,
  resetUserPassword,
  setUserRoles,
} from '../../services/admin/user.ts';
import { adminProcedure, createTRPCRouter } from '../../trpc.ts';

export const adminUserRouter = createTRPCRouter({
  list: adminProcedure.query(({ ctx }) => listOrganisationUsers(ctx.db, ctx.session)),
  /** Answers the temporary password once; the person must change it at first sign-in. */
  create: adminProcedure
    .input(ZAdminUserCreateInput)
    .mutation(({ ctx, input }) => createUser(ctx.db, ctx.session, input)),
  setRoles: adminProcedure
    .input(ZAdminUserSetRolesInput)
    .mutation(({ ctx, input }) => setUserRoles(ctx.db, ctx.session, input)),
  deactivate: adminProcedure
    .input(ZAdminUserDeactivateInput)
    .mutation(({ ctx, input }) => deactivateUser(ctx.db, ctx.session, input, ctx.now())),
  reactivate: adminProcedure
    .input(ZAdminUserReactivateInput)
    .mutation(({ ctx, input }) => reactivateUser(ctx.db, ctx.session, input)),
  /** Answers a new temporary password once; never logged or audited. Their sessions end. */
  resetPassword: adminProcedure
    .input(ZAdminUserResetPasswordInput)
    .mutation(({ ctx, input }) => resetUserPassword(ctx.db, ctx.session, input)),
});
