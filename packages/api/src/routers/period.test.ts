import { readPeriodLocks, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/support/call.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('period.list on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  it("lists the trust's periods oldest first with windows, board dates, locks and the current one", async () => {
    const periods = await (await bed.callerAs(DEMO.board)).period.list();
    const stored = await readPeriodLocks(bed.db, bed.organisationId);
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
    // Exactly one period is live; the unlocked ones before it are past, never "live".
    expect(periods.filter((p) => p.standing === 'live')).toHaveLength(1);
    for (const p of periods) expect(p.standing === 'locked').toBe(p.isLocked);
    const live = periods.findIndex((p) => p.standing === 'live');
    for (const p of periods.slice(0, live)) expect(['locked', 'past']).toContain(p.standing);
  });

  it('refuses a signed-out caller', async () => {
    expect((await errorOf((await bed.callerAs(null)).period.list())).code).toBe('UNAUTHORIZED');
  });
});
