import { countActions, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/support/call.ts';
import { actionOwnedBy } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('strategy.tree on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  const actionsOf = (tree: { ambitions: { commitments: { actions: { id: string }[] }[] }[] }) =>
    tree.ambitions.flatMap((a) => a.commitments.flatMap((c) => c.actions));

  it("gives the trust's three ambitions with roll-ups, and every live action of the trust assessed", async () => {
    const tree = await (await bed.callerAs(DEMO.networkRep)).strategy.tree();
    expect(tree.ambitions.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(['red', 'amber', 'green', 'blue', 'grey']).toContain(tree.rollup.rag);
    const ids = actionsOf(tree).map((a) => a.id);
    expect(ids).not.toContain(bed.other.actionId);
    const live = await countActions(bed.db, { organisationId: bed.organisationId, isLive: true });
    expect(ids).toHaveLength(live);
  });

  it('reflects a new owner view at once', async () => {
    const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
    const owner = await bed.callerAs(DEMO.owner);
    await owner.strategy.tree();
    await owner.action.submitUpdate({
      actionId: action.id,
      expectedVersion: action.version,
      narrative: 'Blocked by a vacancy.',
      progressPercent: 20,
      ownerRag: 'red',
      recoveryAction: 'Interim lead appointed.',
    });
    const tree = await owner.strategy.tree();
    const assessed = tree.ambitions
      .flatMap((a) => a.commitments.flatMap((c) => c.actions))
      .find((a) => a.id === action.id);
    expect(assessed?.assessment.rag).toBe('red');
  });

  it('assesses at a past date when asked', async () => {
    const tree = await (await bed.callerAs(DEMO.board)).strategy.tree({ asOf: '2024-01-31' });
    expect(tree.asOf.toISOString().slice(0, 10)).toBe('2024-01-31');
  });

  it('refuses a signed-out caller and a date that is not a date', async () => {
    expect((await errorOf((await bed.callerAs(null)).strategy.tree())).code).toBe('UNAUTHORIZED');
    const error = await errorOf(
      (await bed.callerAs(DEMO.board)).strategy.tree({ asOf: '2024-02-30' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/as-of date/);
  });
});
