import { readLatestUpdatePeriodLabel, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { actionOwnedBy } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

// A month after the 2026/27 Q2 window closed: Q2's snapshot is locked and Q3's window opens on
// 17 December, so Q2 is still the current period but updates can no longer change its report.
const TODAY = new Date('2026-11-24T12:00:00.000Z');

describe.each(testProviders())('the period an owner’s update counts towards on %s', (provider) => {
  const { bed } = useApiTestBed(provider, TODAY);
  const owner = () => bed.callerAs(DEMO.owner, { now: () => TODAY });

  it('is the next quarter once the current one is locked, and the owner is told why', async () => {
    const { period } = await (await owner()).action.mine();
    expect(period).toMatchObject({ label: '2026/27 Q3', lockedBefore: '2026/27 Q2' });
    const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
    expect((await (await owner()).action.byId({ id: action.id })).period).toMatchObject({
      label: '2026/27 Q3',
      lockedBefore: '2026/27 Q2',
    });
  });

  it('files an update made then under the next quarter, not the locked one', async () => {
    const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
    await (
      await owner()
    ).action.submitUpdate({
      actionId: action.id,
      expectedVersion: action.version,
      narrative: 'Rotas now published six weeks ahead on two wards.',
      progressPercent: 40,
      recoveryAction: 'Weekly check with ward managers.',
    });
    expect(await readLatestUpdatePeriodLabel(bed.db, action.id)).toBe('2026/27 Q3');
  });
});
