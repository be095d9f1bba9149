import { countAuditEvents, recordAudit } from '@belonging/db';
import { testProviders } from '@belonging/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../../test/support/call.ts';
import { actionOwnedBy } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('audit.list on %s', (provider) => {
  const { bed } = useApiTestBed(provider);
  let actionId: string;

  beforeAll(async () => {
    actionId = (await actionOwnedBy(bed, DEMO.owner)).id;
    const rep = await bed.callerAs(DEMO.networkRep);
    for (const body of ['first', 'second', 'third']) await rep.comment.add({ actionId, body });
    await recordAudit(bed.db, {
      organisationId: bed.other.organisationId,
      actorId: null,
      entity: 'comment',
      entityId: 'x',
      operation: 'create',
    });
  });

  it("gives the trust's events newest first with the actor's name and parsed before and after", async () => {
    const page = await (await bed.callerAs(DEMO.admin)).audit.list({ entity: 'comment' });
    expect(page.items.map((e) => (e.after as { body: string }).body)).toEqual([
      'third',
      'second',
      'first',
    ]);
    expect(page.items.every((e) => e.actor?.name === 'Leila Haddad')).toBe(true);
    expect(page.nextCursor).toBeNull();
  });

  it('pages with a cursor: pages do not overlap and together hold every event', async () => {
    const admin = await bed.callerAs(DEMO.admin);
    const all = await countAuditEvents(bed.db, { organisationId: bed.organisationId });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin.audit.list({ limit: 7, cursor, showSignIns: true });
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(all);
  });

  it('filters by entity id, actor and day range', async () => {
    const admin = await bed.callerAs(DEMO.admin);
    const repId = await bed.userId(DEMO.networkRep);
    expect((await admin.audit.list({ actorId: repId })).items).toHaveLength(3);
    const today = new Date().toISOString().slice(0, 10);
    const byDay = await admin.audit.list({ entity: 'comment', from: today, to: today });
    expect(byDay.items).toHaveLength(3);
    expect((await admin.audit.list({ entity: 'comment', to: '2020-01-01' })).items).toHaveLength(0);
    const one = byDay.items[0];
    expect((await admin.audit.list({ entityId: one?.entityId })).items.map((e) => e.id)).toEqual([
      one?.id,
    ]);
  });

  it('refuses anyone but the EDI team, and a to date before the from date', async () => {
    for (const email of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
      expect((await errorOf((await bed.callerAs(email)).audit.list())).code).toBe('FORBIDDEN');
    }
    expect((await errorOf((await bed.callerAs(null)).audit.list())).code).toBe('UNAUTHORIZED');
    const error = await errorOf(
      (await bed.callerAs(DEMO.admin)).audit.list({ from: '2025-02-01', to: '2025-01-01' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/to date/);
  });
});
