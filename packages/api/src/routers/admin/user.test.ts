import { verifyPassword } from '@belonging/db';
import {
  countSessions,
  countUsersWithEmail,
  findAuditEventFor,
  readAction,
  readKpi,
  readRoles,
  readUser,
  setKpiOwner,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { freshAction, freshKpi, freshUser } from '../../../test/support/admin-fixtures.ts';

describe.each(testProviders())('admin user procedures on %s', (provider) => {
  const { bed, auditCount, admin } = useApiTestBed(provider);

  it('adds a person with a temporary password they must change, and keeps the password out of the audit', async () => {
    const api = await admin();
    const start = await auditCount();
    const created = await api.admin.user.create({
      email: 'New.Director@Belonging.test',
      name: 'Sam Okafor',
      jobTitle: 'Director of Estates',
      roles: ['executive_owner', 'board_member'],
    });
    expect(created).toMatchObject({
      email: 'new.director@belonging.test',
      mustChangePassword: true,
      roles: ['executive_owner', 'board_member'],
    });
    expect(created.temporaryPassword.length).toBeGreaterThanOrEqual(12);
    const row = await readUser(bed.db, created.id);
    expect(await verifyPassword(row.passwordHash, created.temporaryPassword)).toBe(true);
    const event = await findAuditEventFor(bed.db, { entityId: created.id });
    expect(event.after).not.toContain(created.temporaryPassword);
    expect(await auditCount()).toBe(start + 1);

    const listed = (await api.admin.user.list()).find((u) => u.id === created.id);
    expect(listed).toMatchObject({
      isActive: true,
      roles: ['executive_owner', 'board_member'],
      liveActionCount: 0,
    });
  });

  it('refuses an email already in use and a person with no role, naming the field', async () => {
    const api = await admin();
    const taken = await errorOf(
      api.admin.user.create({ email: DEMO.owner, name: 'Copy', roles: ['board_member'] }),
    );
    expect(taken.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(taken))).toEqual(['email']);
    const noRole = await errorOf(
      api.admin.user.create({ email: 'no.role@belonging.test', name: 'No Role', roles: [] }),
    );
    expect(noRole.code).toBe('BAD_REQUEST');
    expect(noRole.message).toMatch(/at least one role/);
    expect(await countUsersWithEmail(bed.db, 'no.role@belonging.test')).toBe(0);
  });

  it('changes roles, but never removes the caller’s own EDI team role', async () => {
    const api = await admin();
    const person = await freshUser(bed);
    expect(
      (await api.admin.user.setRoles({ userId: person.id, roles: ['network_rep', 'board_member'] }))
        .roles,
    ).toEqual(['network_rep', 'board_member']);
    const roles = await readRoles(bed.db, { userId: person.id });
    expect(roles.sort()).toEqual(['board_member', 'network_rep']);
    const self = await errorOf(
      api.admin.user.setRoles({ userId: await bed.userId(DEMO.admin), roles: ['board_member'] }),
    );
    expect(self.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(self))).toEqual(['roles']);
  });

  it('deactivates a leaver, ends their sessions and hands their live actions and KPIs to another owner', async () => {
    const leaver = await freshUser(bed, 'executive_owner');
    const actions = [await freshAction(bed, leaver.email), await freshAction(bed, leaver.email)];
    const kpi = await freshKpi(bed);
    await setKpiOwner(bed.db, kpi.id, leaver.id);
    await bed.callerAs(leaver.email);
    const api = await admin();
    const successor = await bed.userId(DEMO.otherOwner);

    const start = await auditCount();
    const unassigned = await errorOf(api.admin.user.deactivate({ userId: leaver.id }));
    expect(unassigned.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(unassigned))).toEqual(['reassignTo']);
    const toBoard = await errorOf(
      api.admin.user.deactivate({ userId: leaver.id, reassignTo: await bed.userId(DEMO.board) }),
    );
    expect(Object.keys(fieldErrorsOf(toBoard))).toEqual(['reassignTo']);
    expect((await readUser(bed.db, leaver.id)).isActive).toBe(true);
    expect(await auditCount()).toBe(start);

    const done = await api.admin.user.deactivate({ userId: leaver.id, reassignTo: successor });
    expect(done).toMatchObject({ reassignedTo: successor, sessionsEnded: 1 });
    expect(await readUser(bed.db, leaver.id)).toMatchObject({ isActive: false });
    const moved = await Promise.all(
      actions.map(async (a) => {
        const { ownerId, version } = await readAction(bed.db, a.id);
        return { ownerId, version };
      }),
    );
    expect(moved).toEqual([
      { ownerId: successor, version: 2 },
      { ownerId: successor, version: 2 },
    ]);
    expect((await readKpi(bed.db, kpi.id)).ownerId).toBe(successor);
    expect(await countSessions(bed.db, leaver.id)).toBe(0);
    expect(await auditCount()).toBe(start + 1);
    const event = await findAuditEventFor(bed.db, { entityId: leaver.id, operation: 'deactivate' });
    expect(JSON.parse(event.after ?? '{}')).toMatchObject({
      isActive: false,
      ownerId: successor,
      kpis: [kpi.code],
    });

    const again = await errorOf(
      api.admin.user.deactivate({ userId: leaver.id, reassignTo: successor }),
    );
    expect(again.code).toBe('CONFLICT');
  });

  it('refuses deactivating yourself, another trust’s person, and callers outside the EDI team', async () => {
    const api = await admin();
    const self = await errorOf(api.admin.user.deactivate({ userId: await bed.userId(DEMO.admin) }));
    expect(self.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(self))).toEqual(['userId']);
    expect(
      (await errorOf(api.admin.user.deactivate({ userId: await bed.userId(bed.other.ownerEmail) })))
        .code,
    ).toBe('NOT_FOUND');
    const person = await freshUser(bed);
    for (const email of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
      expect(
        (await errorOf((await bed.callerAs(email)).admin.user.deactivate({ userId: person.id })))
          .code,
      ).toBe('FORBIDDEN');
      expect((await errorOf((await bed.callerAs(email)).admin.user.list())).code).toBe('FORBIDDEN');
    }
    expect((await readUser(bed.db, person.id)).isActive).toBe(true);
  });
});
