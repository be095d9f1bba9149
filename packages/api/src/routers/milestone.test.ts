import {
  findLatestAuditEventFor,
  readMilestone,
  readOpenMilestoneOwnedBy,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf, fieldErrorsOf } from '../../test/support/call.ts';
import { isoToday, milestoneOwnedBy } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('milestone procedures on %s', (provider) => {
  const { bed, auditCount } = useApiTestBed(provider);

  it('completes the owner’s milestone with its evidence link, clears at-risk, and audits before and after', async () => {
    const milestone = await milestoneOwnedBy(bed, DEMO.owner);
    const before = await auditCount();
    const done = await (
      await bed.callerAs(DEMO.owner)
    ).milestone.complete({
      milestoneId: milestone.id,
      completedAt: '2025-01-15',
      evidenceUrl: 'https://intranet.example.nhs.uk/evidence/1',
    });
    expect(done).toMatchObject({
      completedAt: new Date('2025-01-15T00:00:00.000Z'),
      atRisk: false,
      evidenceUrl: 'https://intranet.example.nhs.uk/evidence/1',
    });
    expect(await auditCount()).toBe(before + 1);
    const event = await findLatestAuditEventFor(bed.db, { entityId: milestone.id });
    expect(event).toMatchObject({ entity: 'milestone', operation: 'complete' });
    expect(JSON.parse(event.after ?? '{}')).toMatchObject({
      completedAt: '2025-01-15T00:00:00.000Z',
    });
  });

  it('refuses a completion date in the future, naming the field', async () => {
    const milestone = await milestoneOwnedBy(bed, DEMO.owner);
    const error = await errorOf(
      (await bed.callerAs(DEMO.owner)).milestone.complete({
        milestoneId: milestone.id,
        completedAt: '2099-01-01',
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(error))).toEqual(['completedAt']);
  });

  it('refuses an evidence link that is not a web address', async () => {
    const milestone = await milestoneOwnedBy(bed, DEMO.owner);
    const error = await errorOf(
      (await bed.callerAs(DEMO.owner)).milestone.complete({
        milestoneId: milestone.id,
        completedAt: isoToday(),
        evidenceUrl: 'javascript:alert(1)',
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/evidence link/);
  });

  it('flags an open milestone at risk and clears it again', async () => {
    const milestone = await readOpenMilestoneOwnedBy(bed.db, {
      organisationId: bed.organisationId,
      email: DEMO.owner,
    });
    const owner = await bed.callerAs(DEMO.owner);
    expect(
      (await owner.milestone.setAtRisk({ milestoneId: milestone.id, atRisk: true })).atRisk,
    ).toBe(true);
    expect(
      (await owner.milestone.setAtRisk({ milestoneId: milestone.id, atRisk: false })).atRisk,
    ).toBe(false);
  });

  it('will not flag a completed milestone at risk', async () => {
    const milestone = await milestoneOwnedBy(bed, DEMO.owner);
    const owner = await bed.callerAs(DEMO.owner);
    await owner.milestone.complete({ milestoneId: milestone.id, completedAt: isoToday() });
    const error = await errorOf(
      owner.milestone.setAtRisk({ milestoneId: milestone.id, atRisk: true }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(error))).toEqual(['atRisk']);
  });

  it("refuses another owner's milestone (FORBIDDEN), the EDI team (FORBIDDEN), another trust's (NOT_FOUND) and nobody", async () => {
    const theirs = await milestoneOwnedBy(bed, DEMO.otherOwner);
    const before = await auditCount();
    const input = { milestoneId: theirs.id, atRisk: true };
    expect((await errorOf((await bed.callerAs(DEMO.owner)).milestone.setAtRisk(input))).code).toBe(
      'FORBIDDEN',
    );
    expect((await errorOf((await bed.callerAs(DEMO.admin)).milestone.setAtRisk(input))).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await errorOf((await bed.callerAs(DEMO.networkRep)).milestone.setAtRisk(input))).code,
    ).toBe('FORBIDDEN');
    expect((await errorOf((await bed.callerAs(null)).milestone.setAtRisk(input))).code).toBe(
      'UNAUTHORIZED',
    );
    const foreign = { milestoneId: bed.other.milestoneId, completedAt: isoToday() };
    expect((await errorOf((await bed.callerAs(DEMO.owner)).milestone.complete(foreign))).code).toBe(
      'NOT_FOUND',
    );
    expect(await auditCount()).toBe(before);
    const stored = await readMilestone(bed.db, theirs.id);
    expect(stored.atRisk).toBe(theirs.atRisk);
  });
});
