import {
  createManyTestActions,
  createTestDatabase,
  demoTrustAsOf,
  readActionOwnedBy,
  testProviders,
  type DemoTestDatabase,
} from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findActionsForOwner } from './actions.ts';

const OWNER_EMAIL = 'chief.people@belonging.test';

describe.each(testProviders())('findActionsForOwner on %s', (provider) => {
  let bed: DemoTestDatabase;
  let ownerId: string;

  beforeAll(async () => {
    bed = await createTestDatabase(provider, demoTrustAsOf(new Date('2026-12-03T12:00:00Z')));
    const { organisationId } = bed.facts;
    const action = await readActionOwnedBy(bed.db, { organisationId, email: OWNER_EMAIL });
    ownerId = (await bed.db.action.findUniqueOrThrow({ where: { id: action.id } })).ownerId;
  });
  afterAll(() => bed.drop());

  it('reads an owner who holds more actions than SQLite takes query parameters', async () => {
    const { organisationId } = bed.facts;
    const before = await findActionsForOwner(bed.db, { organisationId, ownerId });
    await createManyTestActions(bed.db, { organisationId, ownerId, count: 1_200 });
    const after = await findActionsForOwner(bed.db, { organisationId, ownerId });
    expect(after).toHaveLength(before.length + 1_200);
    // Each action keeps its own milestones, in order, and its latest update.
    for (const action of before) {
      expect(after.find((a) => a.id === action.id)?.milestones).toEqual(action.milestones);
    }
    expect(before.some((a) => a.milestones.length > 1)).toBe(true);
    const updated = before.filter((a) => a.updates.length > 0).map((a) => a.id);
    expect(updated.length).toBeGreaterThan(0);
    for (const id of updated) {
      expect(after.find((a) => a.id === id)?.updates).toEqual(
        before.find((a) => a.id === id)?.updates,
      );
    }
  });
});
