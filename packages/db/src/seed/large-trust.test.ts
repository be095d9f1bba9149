import { parseIsoDay } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../passwords.ts';
import { assessStrategyAt } from '../reports/assess-at.ts';
import { createTestDatabase, testProviders, type TestDatabase } from '../../test/support/index.ts';
import { seedLargeTrust } from './large-trust.ts';

const SIZE = { commitments: 60, actions: 1000, kpis: 300, valuesPerKpi: 40 };

describe.each(testProviders())('the large benchmark trust on %s', (provider) => {
  let t: TestDatabase;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    ({ organisationId } = await seedLargeTrust(t.db, {
      organisationSlug: 'large',
      ...SIZE,
      today: parseIsoDay('2026-11-24'),
    }));
  });
  afterAll(async () => t?.drop());

  it('holds the requested numbers of rows', async () => {
    const scope = { where: { organisationId } };
    expect(await t.db.ambition.count(scope)).toBe(3);
    expect(await t.db.commitment.count(scope)).toBe(SIZE.commitments);
    expect(await t.db.action.count(scope)).toBe(SIZE.actions);
    expect(await t.db.milestone.count(scope)).toBe(2 * SIZE.actions);
    expect(await t.db.progressUpdate.count(scope)).toBe(SIZE.actions);
    expect(await t.db.kpi.count(scope)).toBe(SIZE.kpis);
    expect(await t.db.measurement.count(scope)).toBe(SIZE.kpis * SIZE.valuesPerKpi);
    expect(await t.db.reportingPeriod.count(scope)).toBeGreaterThanOrEqual(12);
  });

  it('signs in its owner and board users with the demo password and assesses every item', async () => {
    const memberships = await t.db.membership.findMany({
      where: { organisationId },
      select: { role: true, user: { select: { email: true, passwordHash: true } } },
    });
    expect(memberships.map((m) => `${m.user.email} ${m.role}`).sort()).toEqual([
      'board@large.test board_member',
      'owner@large.test executive_owner',
    ]);
    expect(await verifyPassword(memberships[0]?.user.passwordHash ?? '', 'belonging-demo')).toBe(
      true,
    );
    const assessed = await assessStrategyAt(t.db, {
      organisationId,
      asOf: parseIsoDay('2026-11-24'),
    });
    const commitments = assessed?.ambitions.flatMap((a) => a.commitments) ?? [];
    expect(commitments.flatMap((c) => c.actions)).toHaveLength(SIZE.actions);
    expect(commitments.flatMap((c) => c.kpis).every((k) => k.points === SIZE.valuesPerKpi)).toBe(
      true,
    );
  });

  it('is idempotent by slug', async () => {
    const again = await seedLargeTrust(t.db, { organisationSlug: 'large', ...SIZE });
    expect(again).toEqual({ created: false, organisationId });
    expect(await t.db.action.count({ where: { organisationId } })).toBe(SIZE.actions);
  });
});
