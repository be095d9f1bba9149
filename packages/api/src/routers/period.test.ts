import { testProviders } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../testing/call.ts';
import { createApiTestBed, DEMO, type ApiTestBed } from '../testing/index.ts';

describe.each(testProviders())('period.list on %s', (provider) => {
  let bed: ApiTestBed;

  beforeAll(async () => {
    bed = await createApiTestBed(provider);
  });

  afterAll(async () => {
    await bed?.drop();
  });

  it("lists the trust's periods oldest first with windows, board dates, locks and the current one", async () => {
    const periods = await (await bed.callerAs(DEMO.board)).period.list();
    const stored = await bed.db.reportingPeriod.findMany({
      where: { organisationId: bed.organisationId },
      select: { id: true, lockedAt: true },
    });
    expect(periods).toHaveLength(stored.length);
    expect(periods.map((p) => p.id)).not.toContain(bed.other.periodId);
    const ends = periods.map((p) => p.endDate.getTime());
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
    for (const p of periods) {
      expect(p.label).toMatch(/^\d{4}\/\d{2} Q[1-4]$/);
      expect(p.windowOpens.getTime()).toBeLessThan(p.windowCloses.getTime());
      expect(p.isLocked).toBe(stored.find((s) => s.id === p.id)?.lockedAt !== null);
    }
    expect(periods.filter((p) => p.isCurrent)).toHaveLength(1);
    expect(periods.some((p) => p.isLocked)).toBe(true);
  });

  it('refuses a signed-out caller', async () => {
    expect((await errorOf((await bed.callerAs(null)).period.list())).code).toBe('UNAUTHORIZED');
  });
});
