import { randomBytes } from 'node:crypto';
import {
  createUserWithRoles,
  deactivateUserRow,
  findLiveOwnership,
  findOrganisationUser,
  hasAccountWithEmail,
  hasActiveRole,
  hashPassword,
  reactivateUser as reactivateUserRow,
  reassignOwnership,
  replaceUserRoles,
  setTemporaryPassword,
  writeWithAudit,
  type Actor,
  type Db,
} from '@belonging/db';
import type {
  TAdminUserCreateInput,
  TAdminUserDeactivateInput,
  TAdminUserReactivateInput,
  TAdminUserResetPasswordInput,
  TAdminUserSetRolesInput,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import { refuseLosingBreakGlass } from './sign-in-settings.ts';

const EMAIL_NOT_USABLE_FIELD = 'This email address cannot be used for a new account';
const EMAIL_NOT_USABLE = `${EMAIL_NOT_USABLE_FIELD}. If the person is in your trust, find them in the list of people; otherwise ask them for another work email address.`;

/** 16 URL-safe characters from 96 random bits: shown once, changed at first sign-in. */
function temporaryPassword(): string {
  return randomBytes(12).toString('base64url');
}

export async function createUser(db: Db, actor: Actor, input: TAdminUserCreateInput) {
  // Accounts are shared across trusts, so the refusal is worded alike whichever trust holds the
  // email: it never says an account exists. Attaching that person here is not offered, as it
  // would let this trust's EDI team reset a password another trust relies on.
  if (await hasAccountWithEmail(db, input.email)) {
    throw new ApiError('BAD_REQUEST', EMAIL_NOT_USABLE, { email: [EMAIL_NOT_USABLE_FIELD] });
  }
  const password = input.temporaryPassword ?? temporaryPassword();
  const passwordHash = await hashPassword(password);
  return writeWithAudit(db, actor, async (tx) => {
    const user = await createUserWithRoles(tx, {
      organisationId: actor.organisationId,
      email: input.email,
      name: input.name,
      jobTitle: input.jobTitle ?? null,
      passwordHash,
      roles: input.roles,
    });
    const after = { ...user, roles: input.roles };
    return {
      // The temporary password goes back to the EDI team once; the audit trail never holds it.
      result: { ...after, temporaryPassword: password },
      audit: { entity: 'user', entityId: user.id, operation: 'create', after },
    };
  });
}

async function userOfTrust(db: Db, actor: Actor, userId: string) {
  const user = await findOrganisationUser(db, { organisationId: actor.organisationId, userId });
  if (!user) throw new ApiError('NOT_FOUND', 'That person has no role in your trust.');
  return user;
}

export async function setUserRoles(db: Db, actor: Actor, input: TAdminUserSetRolesInput) {
  const user = await userOfTrust(db, actor, input.userId);
  if (user.id === actor.userId && !input.roles.includes('edi_admin')) {
    throw new ApiError(
      'BAD_REQUEST',
      'You cannot remove your own EDI team role: ask another EDI team member.',
      {
        roles: ['You cannot remove your own EDI team role'],
      },
    );
  }
  await refuseLosingBreakGlass(db, actor, {
    userId: user.id,
    staysActiveAdmin: input.roles.includes('edi_admin'),
    field: 'roles',
  });
  if (user.roles.includes('executive_owner') && !input.roles.includes('executive_owner')) {
    const owned = await findLiveOwnership(db, {
      organisationId: actor.organisationId,
      userId: user.id,
    });
    if (owned.actions.length || owned.kpis.length) {
      throw new ApiError(
        'BAD_REQUEST',
        `${user.name} still owns ${owned.actions.length} live actions and ${owned.kpis.length} KPIs: reassign them before removing the executive owner role.`,
        {
          roles: ['Reassign their live actions and KPIs before removing the executive owner role'],
        },
      );
    }
  }
  return writeWithAudit(db, actor, async (tx) => {
    await replaceUserRoles(tx, {
      organisationId: actor.organisationId,
      userId: user.id,
      current: user.roles,
      roles: input.roles,
    });
    // Sessions carry no roles: they are read afresh on every request, so the change applies at once.
    return {
      result: { userId: user.id, roles: input.roles },
      audit: {
        entity: 'user',
        entityId: user.id,
        operation: 'set_roles',
        before: { roles: user.roles },
        after: { roles: input.roles },
      },
    };
  });
}

/**
 * Deactivates a leaver: their account stays (history keeps their name), their sessions end, and
 * their live actions and KPIs pass to another active executive owner, all in one transaction.
 */
export async function deactivateUser(
  db: Db,
  actor: Actor,
  input: TAdminUserDeactivateInput,
  now: Date,
) {
  if (input.userId === actor.userId) {
    throw new ApiError('BAD_REQUEST', 'You cannot deactivate your own account.', {
      userId: ['You cannot deactivate your own account'],
    });
  }
  const user = await userOfTrust(db, actor, input.userId);
  if (!user.isActive) throw new ApiError('CONFLICT', `${user.name} is already deactivated.`);
  await refuseLosingBreakGlass(db, actor, {
    userId: user.id,
    staysActiveAdmin: false,
    field: 'userId',
  });
  const owned = await findLiveOwnership(db, {
    organisationId: actor.organisationId,
    userId: user.id,
  });
  const owns = owned.actions.length + owned.kpis.length > 0;
  const reassignTo = input.reassignTo ?? null;
  if (owns && !reassignTo) {
    throw new ApiError(
      'BAD_REQUEST',
      `${user.name} owns ${owned.actions.length} live actions and ${owned.kpis.length} KPIs: choose who takes them over.`,
      { reassignTo: ['Choose the executive owner who takes over their actions and KPIs'] },
    );
  }
  if (reassignTo) {
    const ok =
      reassignTo !== user.id &&
      (await hasActiveRole(db, {
        organisationId: actor.organisationId,
        userId: reassignTo,
        role: 'executive_owner',
      }));
    if (!ok) {
      throw new ApiError(
        'BAD_REQUEST',
        'Reassign to another active executive owner of your trust.',
        {
          reassignTo: ['Choose another active executive owner of your trust'],
        },
      );
    }
  }
  return writeWithAudit(db, actor, async (tx) => {
    const sessionsEnded = await deactivateUserRow(tx, { userId: user.id, now });
    if (reassignTo && owns) {
      await reassignOwnership(tx, {
        fromUserId: user.id,
        toUserId: reassignTo,
        actionIds: owned.actions.map((a) => a.id),
        kpiIds: owned.kpis.map((k) => k.id),
      });
    }
    const moved = {
      actions: owned.actions.map((a) => a.code),
      kpis: owned.kpis.map((k) => k.code),
    };
    return {
      result: {
        userId: user.id,
        reassignedTo: reassignTo,
        ...moved,
        sessionsEnded,
      },
      audit: {
        entity: 'user',
        entityId: user.id,
        operation: 'deactivate',
        before: { isActive: true, ownerId: user.id, ...moved },
        after: {
          isActive: false,
          deactivatedAt: now,
          ownerId: reassignTo,
          ...moved,
          sessionsEnded,
        },
      },
    };
  });
}

/** Lets a leaver back in with the roles they had; their old password still works. */
export async function reactivateUser(db: Db, actor: Actor, input: TAdminUserReactivateInput) {
  const user = await userOfTrust(db, actor, input.userId);
  if (user.isActive) throw new ApiError('CONFLICT', `${user.name} is already active.`);
  return writeWithAudit(db, actor, async (tx) => {
    await reactivateUserRow(tx, user.id);
    return {
      result: { userId: user.id, name: user.name, roles: user.roles },
      audit: {
        entity: 'user',
        entityId: user.id,
        operation: 'reactivate',
        before: { isActive: false },
        after: { isActive: true, name: user.name, roles: user.roles },
      },
    };
  });
}

/**
 * Gives someone a new temporary password, answered once to the EDI team and never logged or
 * audited; it must be changed at their next sign-in, and every session they hold ends now.
 */
export async function resetUserPassword(db: Db, actor: Actor, input: TAdminUserResetPasswordInput) {
  if (input.userId === actor.userId) {
    throw new ApiError('BAD_REQUEST', 'Change your own password from your account instead.', {
      userId: ['You cannot reset your own password here'],
    });
  }
  const user = await userOfTrust(db, actor, input.userId);
  if (!user.isActive) {
    throw new ApiError(
      'BAD_REQUEST',
      `${user.name} is deactivated: reactivate them before resetting their password.`,
    );
  }
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return writeWithAudit(db, actor, async (tx) => {
    const sessionsEnded = await setTemporaryPassword(tx, { userId: user.id, passwordHash });
    return {
      result: { userId: user.id, name: user.name, email: user.email, temporaryPassword: password },
      audit: {
        entity: 'user',
        entityId: user.id,
        operation: 'reset_password',
        after: { name: user.name, mustChangePassword: true, sessionsEnded },
      },
    };
  });
}
