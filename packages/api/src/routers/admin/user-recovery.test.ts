import { verifyPassword } from '@belonging/db';
import { countSessions, readUser, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { freshUser } from '../../../test/support/admin-fixtures.ts';

describe.each(testProviders())('reactivating leavers and resetting passwords on %s', (provider) => {
  const { bed, auditCount, admin, lastEvent } = useApiTestBed(provider);

  it('lets a leaver back in with their roles, with one audit event', async () => {
    const api = await admin();
    const person = await freshUser(bed, 'executive_owner');
    await api.admin.user.deactivate({ userId: person.id });
    const start = await auditCount();
    const done = await api.admin.user.reactivate({ userId: person.id });
    expect(done.roles).toEqual(['executive_owner']);
    expect(await readUser(bed.db, person.id)).toMatchObject({
      isActive: true,
      deactivatedAt: null,
    });
    expect(await auditCount()).toBe(start + 1);
    expect(await lastEvent(person.id)).toMatchObject({ entity: 'user', operation: 'reactivate' });
    expect((await errorOf(api.admin.user.reactivate({ userId: person.id }))).code).toBe('CONFLICT');
    expect(await auditCount()).toBe(start + 1);
  });

  it('gives a new temporary password once, ends their sessions, and keeps it out of the audit', async () => {
    const api = await admin();
    const person = await freshUser(bed);
    await bed.callerAs(person.email);
    expect(await countSessions(bed.db, person.id)).toBe(1);
    const start = await auditCount();

    const reset = await api.admin.user.resetPassword({ userId: person.id });
    expect(reset.temporaryPassword.length).toBeGreaterThanOrEqual(16);
    const row = await readUser(bed.db, person.id);
    expect(row.mustChangePassword).toBe(true);
    expect(row.passwordHash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(row.passwordHash, reset.temporaryPassword)).toBe(true);
    expect(await countSessions(bed.db, person.id)).toBe(0);
    expect(await auditCount()).toBe(start + 1);
    const event = await lastEvent(person.id);
    expect(event).toMatchObject({ entity: 'user', operation: 'reset_password' });
    expect(`${event.before ?? ''}${event.after ?? ''}`).not.toContain(reset.temporaryPassword);
    expect(JSON.parse(event.after ?? '{}')).toMatchObject({ sessionsEnded: 1 });

    // Signed in with it, they can do nothing but change it.
    const signedIn = await bed.callerAs(person.email);
    expect((await errorOf(signedIn.strategy.tree())).code).toBe('FORBIDDEN');
  });

  it('refuses to reset the caller’s own password or a deactivated person’s', async () => {
    const api = await admin();
    const self = await errorOf(
      api.admin.user.resetPassword({ userId: await bed.userId(DEMO.admin) }),
    );
    expect(self.code).toBe('BAD_REQUEST');
    const leaver = await freshUser(bed);
    await api.admin.user.deactivate({ userId: leaver.id });
    const start = await auditCount();
    const gone = await errorOf(api.admin.user.resetPassword({ userId: leaver.id }));
    expect(gone.code).toBe('BAD_REQUEST');
    expect(gone.message).toMatch(/reactivate them before resetting their password/);
    expect(await auditCount()).toBe(start);
  });
});
