import {
  findActionOf,
  findAnyBoardSnapshot,
  setActionTitle,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/support/call.ts';
import { actionOwnedBy, anyPeriod } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('report.board on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  it('serves a locked period byte-for-byte from its frozen snapshot, even after the data changes', async () => {
    const snapshot = await findAnyBoardSnapshot(bed.db, bed.organisationId);
    const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
    await setActionTitle(bed.db, action.id, 'Renamed after the board met');
    await (
      await bed.callerAs(DEMO.owner)
    ).action.submitUpdate({
      actionId: action.id,
      expectedVersion: action.version,
      narrative: 'Written after the period was locked.',
      progressPercent: 90,
      ownerRag: 'red',
      recoveryAction: 'Escalated to the executive team.',
    });
    const report = await (
      await bed.callerAs(DEMO.board)
    ).report.board({ periodId: snapshot.periodId });
    expect(JSON.stringify(report)).toBe(snapshot.payload);
  });

  it('computes an open period live: a new red owner view shows as an exception with its recovery action', async () => {
    const open = await anyPeriod(bed, false);
    const action = await findActionOf(bed.db, bed.organisationId, DEMO.otherOwner, {
      status: 'in_progress',
      ownerRag: 'green',
    });
    await (
      await bed.callerAs(DEMO.otherOwner)
    ).action.submitUpdate({
      actionId: action.id,
      expectedVersion: action.version,
      narrative: 'Funding withdrawn this quarter.',
      progressPercent: 30,
      ownerRag: 'red',
      recoveryAction: 'Business case to the finance committee in May.',
    });
    const report = await (await bed.callerAs(DEMO.board)).report.board({ periodId: open.id });
    expect(report.period).toMatchObject({ id: open.id, locked: false });
    expect(report.summary.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(report.exceptions.find((e) => e.id === action.id)).toMatchObject({
      kind: 'action',
      rag: 'red',
      recoveryAction: 'Business case to the finance committee in May.',
    });
  });

  it('serves the current period by default', async () => {
    const periods = await (await bed.callerAs(DEMO.board)).period.list();
    const report = await (await bed.callerAs(DEMO.board)).report.board();
    expect(report.period.id).toBe(periods.find((p) => p.isCurrent)?.id);
  });

  it("answers NOT_FOUND for another trust's period and UNAUTHORIZED when signed out", async () => {
    expect(
      (
        await errorOf(
          (await bed.callerAs(DEMO.board)).report.board({ periodId: bed.other.periodId }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect((await errorOf((await bed.callerAs(null)).report.board())).code).toBe('UNAUTHORIZED');
  });
});
