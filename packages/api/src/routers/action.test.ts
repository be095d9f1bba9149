import { londonDay } from '@belonging/domain';
import { countAuditEvents } from '@belonging/db';
import {
  countActions,
  countProgressUpdates,
  findActionOf,
  findActionWithUpdatesAndKpis,
  readAction,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { detailsOf, errorOf, fieldErrorsOf } from '../../test/support/call.ts';
import { actionOwnedBy } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('action procedures on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  /** An unfinished action of the owner that is past its due date: red whatever the owner says. */
  async function overdueActionOf(email: string) {
    return findActionOf(bed.db, bed.organisationId, email, {
      status: 'in_progress',
      dueBefore: londonDay(new Date()),
    });
  }

  const update = (actionId: string, expectedVersion: number) => ({
    actionId,
    expectedVersion,
    narrative: 'On track this quarter.',
    progressPercent: 60,
    recoveryAction: 'Fortnightly review with the delivery lead.',
  });

  describe('mine', () => {
    it("lists only the caller's own live actions, each assessed, with the period whose update is due", async () => {
      const owner = await bed.callerAs(DEMO.owner);
      const ownerId = await bed.userId(DEMO.owner);
      const { actions, period } = await owner.action.mine();
      expect(actions.length).toBeGreaterThan(0);
      expect(actions.every((a) => a.ownerId === ownerId)).toBe(true);
      expect(actions.map((a) => a.id)).not.toContain(bed.other.actionId);
      for (const a of actions) {
        expect(a.assessment).toMatchObject({
          optimistic: expect.any(Boolean) as unknown,
          late: expect.any(Boolean) as unknown,
          overdue: expect.any(Boolean) as unknown,
          updateMissing: expect.any(Boolean) as unknown,
          reason: expect.any(String) as unknown,
        });
        expect(a.version).toBeGreaterThanOrEqual(1);
        expect(a.commitment.ambition.number).toBeGreaterThanOrEqual(1);
        for (const m of a.milestones)
          expect(['red', 'amber', 'green', 'blue']).toContain(m.assessment.rag);
      }
      const total = await countActions(bed.db, {
        organisationId: bed.organisationId,
        ownerId,
        isLive: true,
      });
      expect(actions).toHaveLength(total);
      expect(period).toMatchObject({
        id: expect.any(String) as unknown,
        label: expect.stringMatching(/^\d{4}\/\d{2} Q[1-4]$/) as unknown,
      });
    });

    it('marks an overdue action red and overdue', async () => {
      const overdue = await overdueActionOf(DEMO.owner);
      const { actions } = await (await bed.callerAs(DEMO.owner)).action.mine();
      expect(actions.find((a) => a.id === overdue.id)?.assessment).toMatchObject({
        rag: 'red',
        overdue: true,
      });
    });

    it('refuses a board member (FORBIDDEN) and a signed-out caller (UNAUTHORIZED)', async () => {
      expect((await errorOf((await bed.callerAs(DEMO.board)).action.mine())).code).toBe(
        'FORBIDDEN',
      );
      expect((await errorOf((await bed.callerAs(null)).action.mine())).code).toBe('UNAUTHORIZED');
    });
  });

  describe('byId', () => {
    it('gives the page of an action: milestones with colours, history newest first, KPIs with colours, and canEdit for its owner', async () => {
      const action = await findActionWithUpdatesAndKpis(bed.db, bed.organisationId, DEMO.owner);
      const page = await (await bed.callerAs(DEMO.owner)).action.byId({ id: action.id });
      expect(page.canEdit).toBe(true);
      expect(page.updates).toHaveLength(action.updates);
      const times = page.updates.map((u) => u.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(page.kpis).toHaveLength(action.kpis);
      for (const k of page.kpis)
        expect(['red', 'amber', 'green', 'blue', 'grey']).toContain(k.assessment.rag);
      for (const m of page.milestones) expect(m.assessment.rag).toMatch(/red|amber|green|blue/);
      expect(page.assessment.reason).toEqual(expect.any(String));
    });

    it('lets a board member read it without canEdit', async () => {
      const action = await actionOwnedBy(bed, DEMO.owner);
      const page = await (await bed.callerAs(DEMO.board)).action.byId({ id: action.id });
      expect(page.id).toBe(action.id);
      expect(page.canEdit).toBe(false);
    });

    it("answers NOT_FOUND for another trust's action and for an unknown id", async () => {
      const owner = await bed.callerAs(DEMO.owner);
      expect((await errorOf(owner.action.byId({ id: bed.other.actionId }))).code).toBe('NOT_FOUND');
      expect((await errorOf(owner.action.byId({ id: 'no-such-action' }))).code).toBe('NOT_FOUND');
    });

    it('answers BAD_REQUEST naming the field for a malformed id', async () => {
      const error = await errorOf(
        (await bed.callerAs(DEMO.owner)).action.byId({ id: "x' OR 1=1 --" }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/id/i);
    });
  });

  describe('submitUpdate', () => {
    it('moves the action to its next version and appends exactly one update and one audit event', async () => {
      const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
      const before = await counts(action.id);
      const result = await (
        await bed.callerAs(DEMO.owner)
      ).action.submitUpdate(update(action.id, action.version));
      expect(result.version).toBe(action.version + 1);
      const after = await counts(action.id);
      expect(after).toEqual({ updates: before.updates + 1, audit: before.audit + 1 });
      const { version, progressPercent } = await readAction(bed.db, action.id);
      expect({ version, progressPercent }).toEqual({
        version: action.version + 1,
        progressPercent: 60,
      });
    });

    it('answers a stale version with CONFLICT carrying the current version and latest update, changing nothing', async () => {
      const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
      const owner = await bed.callerAs(DEMO.owner);
      await owner.action.submitUpdate(update(action.id, action.version));
      const before = await counts(action.id);
      const error = await errorOf(
        owner.action.submitUpdate({ ...update(action.id, action.version), narrative: 'Stale' }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(detailsOf(error)).toMatchObject({
        currentVersion: action.version + 1,
        latestUpdate: { narrative: 'On track this quarter.', progressPercent: 60 },
      });
      // The owner compares everything the other update said, its risks and recovery too.
      expect(Object.keys(detailsOf(error).latestUpdate as object)).toEqual(
        expect.arrayContaining(['risks', 'nextSteps', 'recoveryAction', 'ownerRagReason']),
      );
      expect(await counts(action.id)).toEqual(before);
    });

    it('lets exactly one of two racing submissions on the same version win; the other gets CONFLICT', async () => {
      const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
      const before = await counts(action.id);
      const [first, second] = [await bed.callerAs(DEMO.owner), await bed.callerAs(DEMO.owner)];
      const results = await Promise.allSettled([
        first.action.submitUpdate(update(action.id, action.version)),
        second.action.submitUpdate({
          ...update(action.id, action.version),
          narrative: 'From the other tab',
        }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0]?.reason as { code?: string }).code).toBe('CONFLICT');
      expect(await counts(action.id)).toEqual({
        updates: before.updates + 1,
        audit: before.audit + 1,
      });
    });

    it('requires a recovery action when the effective colour is red', async () => {
      const action = await overdueActionOf(DEMO.owner);
      const { recoveryAction: _r, ...withoutRecovery } = update(action.id, action.version);
      const error = await errorOf(
        (await bed.callerAs(DEMO.owner)).action.submitUpdate(withoutRecovery),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(Object.keys(fieldErrorsOf(error))).toEqual(['recoveryAction']);
    });

    it('requires a reason when the owner view is greener than the derived colour', async () => {
      const action = await overdueActionOf(DEMO.owner);
      const error = await errorOf(
        (await bed.callerAs(DEMO.owner)).action.submitUpdate({
          ...update(action.id, action.version),
          ownerRag: 'green',
        }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(Object.keys(fieldErrorsOf(error))).toEqual(['ownerRagReason']);
    });

    it("refuses someone else's action (FORBIDDEN), another trust's (NOT_FOUND), the board (FORBIDDEN) and nobody (UNAUTHORIZED)", async () => {
      const theirs = await actionOwnedBy(bed, DEMO.otherOwner, { status: 'in_progress' });
      const before = await counts(theirs.id);
      const owner = await bed.callerAs(DEMO.owner);
      expect(
        (await errorOf(owner.action.submitUpdate(update(theirs.id, theirs.version)))).code,
      ).toBe('FORBIDDEN');
      expect(
        (
          await errorOf(
            (await bed.callerAs(DEMO.admin)).action.submitUpdate(update(theirs.id, theirs.version)),
          )
        ).code,
      ).toBe('FORBIDDEN');
      expect(
        (
          await errorOf(
            (await bed.callerAs(DEMO.board)).action.submitUpdate(update(theirs.id, theirs.version)),
          )
        ).code,
      ).toBe('FORBIDDEN');
      expect(
        (
          await errorOf(
            (await bed.callerAs(null)).action.submitUpdate(update(theirs.id, theirs.version)),
          )
        ).code,
      ).toBe('UNAUTHORIZED');
      expect((await errorOf(owner.action.submitUpdate(update(bed.other.actionId, 1)))).code).toBe(
        'NOT_FOUND',
      );
      expect(await counts(theirs.id)).toEqual(before);
    });

    it('refuses a write whose request came from another site', async () => {
      const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
      const crossSite = await bed.callerAs(DEMO.owner, { meta: { sameOrigin: false } });
      expect(
        (await errorOf(crossSite.action.submitUpdate(update(action.id, action.version)))).code,
      ).toBe('FORBIDDEN');
    });

    it('names the field of an out-of-range progress value', async () => {
      const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
      const error = await errorOf(
        (await bed.callerAs(DEMO.owner)).action.submitUpdate({
          ...update(action.id, action.version),
          progressPercent: 101,
        }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/100 or less/);
    });
  });

  async function counts(actionId: string) {
    const [updates, audit] = await Promise.all([
      countProgressUpdates(bed.db, actionId),
      countAuditEvents(bed.db, { organisationId: bed.organisationId }),
    ]);
    return { updates, audit };
  }
});
