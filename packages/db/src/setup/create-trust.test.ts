import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../passwords.ts';
import { createTestDatabase, testProviders, type TestDatabase } from '../../test/support/index.ts';
import { createTrust, TrustSetupError } from './create-trust.ts';

const trust = {
  name: 'East Herts NHS Trust',
  slug: 'east-herts',
  adminEmail: 'EDI.Lead@east-herts.nhs.test',
  adminName: 'Sam Patel',
};

describe.each(testProviders())('createTrust on an empty %s database', (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });

  afterAll(async () => {
    await database?.drop();
  });

  const counts = async () => ({
    organisations: await database.db.organisation.count(),
    users: await database.db.user.count(),
    audit: await database.db.auditEvent.count(),
  });

  it('creates the trust and its first EDI team member, who must change the printed password, with one audit event', async () => {
    const created = await createTrust(database.db, trust);
    expect(created.temporaryPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const user = await database.db.user.findUniqueOrThrow({
      where: { email: 'edi.lead@east-herts.nhs.test' },
      include: { memberships: true },
    });
    expect(user).toMatchObject({ name: 'Sam Patel', mustChangePassword: true, isActive: true });
    expect(user.memberships.map((m) => [m.organisationId, m.role])).toEqual([
      [created.organisationId, 'edi_admin'],
    ]);
    expect(await verifyPassword(user.passwordHash, created.temporaryPassword)).toBe(true);
    const organisation = await database.db.organisation.findUniqueOrThrow({
      where: { id: created.organisationId },
    });
    expect(organisation).toMatchObject({
      name: 'East Herts NHS Trust',
      slug: 'east-herts',
      isDemo: false,
    });
    const events = await database.db.auditEvent.findMany({
      where: { organisationId: created.organisationId },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entity: 'organisation', operation: 'create', actorId: null });
    // The audit trail never holds the password or its hash.
    expect(events[0]?.after).not.toContain(created.temporaryPassword);
    expect(events[0]?.after).not.toContain(user.passwordHash);
    expect(await database.db.strategy.count()).toBe(0);
  });

  it.each([
    [
      'an existing slug',
      { ...trust, adminEmail: 'someone.else@east-herts.nhs.test' },
      /--slug: a trust with the slug "east-herts" already exists/,
    ],
    [
      'an existing email',
      { ...trust, slug: 'west-herts', adminEmail: 'edi.lead@east-herts.nhs.test' },
      /--admin-email: someone already has an account/,
    ],
    [
      'a slug with spaces',
      { ...trust, slug: 'West Herts' },
      /--slug: The slug must be lower-case letters/,
    ],
    [
      'a missing admin name',
      { ...trust, slug: 'north-herts', adminName: undefined },
      /--admin-name/,
    ],
    [
      'a malformed email',
      { ...trust, slug: 'south-herts', adminEmail: 'not-an-email' },
      /--admin-email: Enter an email address/,
    ],
  ])('refuses %s with a message naming the option, writing nothing', async (_, input, message) => {
    const before = await counts();
    const error: unknown = await createTrust(database.db, input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrustSetupError);
    expect((error as Error).message).toMatch(message);
    expect(await counts()).toEqual(before);
  });
});
