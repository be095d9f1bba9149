import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  buildImportRows,
  countMeasurements,
  countStagedImportRows,
  findImportableKpis,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { actionOwnedBy } from '../../../test/support/fixtures.ts';

import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';

// SQLite has one writer and the client one connection: a whole import in one transaction held
// every owner up until it ended. PostgreSQL never did (its pool gives each request a connection).
describe('a 20,000-row measurement import on sqlite', () => {
  const { bed, admin } = useApiTestBed('sqlite');

  it("lets an owner's update through before it finishes", async () => {
    const kpis = await findImportableKpis(bed.db, bed.organisationId);
    const rows = buildImportRows(kpis, 20_000, (i) => 20 + (i % 600) / 10).map(
      ({ kpiId: _, ...row }) => row,
    );
    const owner = await bed.callerAs(DEMO.owner);
    const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
    const before = await countMeasurements(bed.db, { organisationId: bed.organisationId });
    const finished: string[] = [];

    const importing = (await admin()).admin.import
      .commit({ rows })
      .then(() => finished.push('import'));
    // Wait until the import's first rows are staged: it is writing from here on.
    while (
      finished.length === 0 &&
      (await countStagedImportRows(bed.db, bed.organisationId)) === 0
    ) {
      await nextTurn();
    }
    const updating = owner.action
      .submitUpdate({
        actionId: action.id,
        expectedVersion: action.version,
        narrative: 'On track while the EDI team imports the year’s figures.',
        progressPercent: 60,
        recoveryAction: 'Fortnightly review with the delivery lead.',
      })
      .then(() => finished.push('owner'));
    await Promise.all([importing, updating]);

    expect(finished).toEqual(['owner', 'import']);
    expect(await countMeasurements(bed.db, { organisationId: bed.organisationId })).toBe(
      before + rows.length,
    );
  });
});
