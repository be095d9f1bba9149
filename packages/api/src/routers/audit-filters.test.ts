import { nameOlderAuditEvents, recordAudit } from '@belonging/db';
import { addUnnamedAuditEvent, testProviders } from '@belonging/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';
import { freshAmbition } from '../../test/support/admin-fixtures.ts';

describe.each(testProviders())('searching and filtering the audit trail on %s', (provider) => {
  const { bed, admin } = useApiTestBed(provider);
  let ambitionId: string;

  beforeAll(async () => {
    const api = await admin();
    ambitionId = (await freshAmbition(bed)).id;
    await api.admin.ambition.update({ id: ambitionId, title: 'Zebra Crossing Ambition' });
    const userId = await bed.userId(DEMO.networkRep);
    for (const operation of ['sign_in', 'sign_out'] as const) {
      await recordAudit(bed.db, {
        organisationId: bed.organisationId,
        actorId: userId,
        entity: 'session',
        entityId: userId,
        operation,
      });
    }
  });

  it('finds an event by words in its subject or values, whatever their case', async () => {
    const api = await admin();
    for (const search of ['zebra crossing', 'ZEBRA CROSSING', 'Zebra']) {
      const page = await api.audit.list({ search });
      expect(page.items.map((e) => e.what)).toEqual(['Ambition updated']);
      expect(page.items[0]?.subject).toMatch(/^Ambition \d+: Zebra Crossing Ambition$/);
    }
    expect((await api.audit.list({ search: 'ambition updated' })).items.length).toBeGreaterThan(0);
    expect((await api.audit.list({ search: 'no such words anywhere' })).items).toEqual([]);
  });

  it('leaves sign-ins out unless asked for, or unless sign-ins are what is asked for', async () => {
    const api = await admin();
    const entities = async (input: Parameters<typeof api.audit.list>[0]) =>
      (await api.audit.list({ ...input, limit: 200 })).items.map((e) => e.entity);
    expect(await entities({})).not.toContain('session');
    expect(await entities({ showSignIns: true })).toContain('session');
    expect(await entities({ showSignIns: 'true' })).toContain('session');
    const signIns = await api.audit.list({ entity: 'session' });
    expect(signIns.items.map((e) => e.what)).toEqual(['Signed out', 'Signed in']);
    expect(signIns.items[0]?.subject).toBe('Leila Haddad');
  });

  it('filters by person and by days, together with the words', async () => {
    const api = await admin();
    const adminId = await bed.userId(DEMO.admin);
    const repId = await bed.userId(DEMO.networkRep);
    const today = new Date().toISOString().slice(0, 10);
    expect((await api.audit.list({ search: 'zebra', actorId: adminId })).items).toHaveLength(1);
    expect((await api.audit.list({ search: 'zebra', actorId: repId })).items).toHaveLength(0);
    expect((await api.audit.list({ search: 'zebra', from: today, to: today })).items).toHaveLength(
      1,
    );
    expect((await api.audit.list({ search: 'zebra', to: '2020-01-01' })).items).toHaveLength(0);
  });

  it('names an event written before names were stored by reading them now; start-up stores its words so search finds it', async () => {
    const api = await admin();
    // An event as the trail wrote it before it stored words: no subject, names or search text.
    const old = await addUnnamedAuditEvent(bed.db, {
      organisationId: bed.organisationId,
      entity: 'commitment',
      entityId: 'cold0000000000000000000001',
      operation: 'create',
      after: JSON.stringify({ ambitionId, title: 'Old commitment' }),
    });
    const page = await api.audit.list({ entity: 'commitment', limit: 1 });
    expect(page.items[0]?.id).toBe(old.id);
    expect(page.items[0]?.names[ambitionId]).toMatch(/^Ambition \d+: Zebra Crossing Ambition$/);
    expect(page.items[0]?.subject).toBe('Commitment Old commitment');
    // Reading never writes: the start-up step names it, and then search finds it.
    expect((await api.audit.list({ search: 'old commitment' })).items).toEqual([]);
    expect(await nameOlderAuditEvents(bed.db)).toBeGreaterThanOrEqual(1);
    const found = await api.audit.list({ search: 'old commitment' });
    expect(found.items.map((e) => e.id)).toEqual([old.id]);
    expect(await nameOlderAuditEvents(bed.db)).toBe(0);
  });
});
