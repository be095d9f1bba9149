import { findAuditEventsFor, readProgressUpdate, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { actionOwnedBy } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

// An owner can keep a quarter's narrative inside the trust: the public progress page never shows it.
describe.each(testProviders())(
  'an update whose narrative stays inside the trust on %s',
  (provider) => {
    const { bed } = useApiTestBed(provider);

    async function submit(narrativeInternal?: boolean) {
      const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
      const owner = await bed.callerAs(DEMO.owner);
      const { updateId } = await owner.action.submitUpdate({
        actionId: action.id,
        expectedVersion: action.version,
        narrative: 'Talks with the staff networks are at an early stage.',
        progressPercent: 40,
        recoveryAction: 'Fortnightly review with the delivery lead.',
        ...(narrativeInternal === undefined ? {} : { narrativeInternal }),
      });
      const events = await findAuditEventsFor(bed.db, {
        entity: 'action',
        entityId: action.id,
        operation: 'submit_update',
      });
      const afters = events.map((e) => JSON.parse(String(e.after)) as Record<string, unknown>);
      const after = afters.filter((a) => a.updateId === updateId);
      expect(after).toHaveLength(1);
      return { stored: await readProgressUpdate(bed.db, updateId), after: after[0] };
    }

    it('stores the update as internal and says so in its audit event', async () => {
      const { stored, after } = await submit(true);
      expect(stored).toEqual({
        narrative: 'Talks with the staff networks are at an early stage.',
        isInternal: true,
      });
      expect(after).toMatchObject({ narrativeInternal: true });
    });

    it('shows the owner and the EDI team which narratives stay inside', async () => {
      const action = await actionOwnedBy(bed, DEMO.owner, { status: 'in_progress' });
      const owner = await bed.callerAs(DEMO.owner);
      const { updateId } = await owner.action.submitUpdate({
        actionId: action.id,
        expectedVersion: action.version,
        narrative: 'Kept inside.',
        progressPercent: 45,
        recoveryAction: 'Fortnightly review with the delivery lead.',
        narrativeInternal: true,
      });
      for (const reader of [owner, await bed.callerAs(DEMO.admin)]) {
        const { updates } = await reader.action.byId({ id: action.id });
        expect(updates.find((u) => u.id === updateId)?.isInternal).toBe(true);
      }
    });

    it('keeps a narrative public when the owner does not say otherwise', async () => {
      const { stored, after } = await submit();
      expect(stored.isInternal).toBe(false);
      expect(after).toMatchObject({ narrativeInternal: false });
    });
  },
);
