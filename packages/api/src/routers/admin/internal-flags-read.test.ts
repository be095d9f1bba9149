import { testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../test/support/call.ts';
import { freshAction, freshCommitment, freshKpi } from '../../../test/support/admin-fixtures.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';

// The edit pages show "Internal: never published" ticked or not from the item's own read.
describe.each(testProviders())(
  'the edit pages read whether an item is internal on %s',
  (provider) => {
    const { bed, admin } = useApiTestBed(provider);

    it('reads a commitment, action and KPI as public until marked internal, and internal after', async () => {
      const api = await admin();
      const [commitment, action, kpi] = await Promise.all([
        freshCommitment(bed),
        freshAction(bed),
        freshKpi(bed),
      ]);
      const read = async () => [
        (await api.admin.commitment.byId({ id: commitment.id })).isInternal,
        (await api.admin.action.byId({ id: action.id })).isInternal,
        (await api.admin.kpi.byId({ id: kpi.id })).isInternal,
      ];
      expect(await read()).toEqual([false, false, false]);
      await api.admin.publication.setInternal({
        entity: 'commitment',
        id: commitment.id,
        isInternal: true,
      });
      await api.admin.publication.setInternal({
        entity: 'action',
        id: action.id,
        isInternal: true,
      });
      await api.admin.publication.setInternal({ entity: 'kpi', id: kpi.id, isInternal: true });
      expect(await read()).toEqual([true, true, true]);
    });

    it('answers NOT_FOUND for a commitment the trust does not have', async () => {
      const api = await admin();
      expect((await errorOf(api.admin.commitment.byId({ id: 'cm_not_here' }))).code).toBe(
        'NOT_FOUND',
      );
    });
  },
);
