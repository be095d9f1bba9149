import { parseIsoDay, type TStrategyInput } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  demoTrustAsOf,
  testProviders,
  type DemoTestDatabase,
} from '../../test/support/index.ts';
import { loadStrategyInput, loadStrategyInputs } from './load-strategy.ts';

const TODAY = parseIsoDay('2026-11-24');
// A day inside 2026/27 Q2, before that quarter's updates and values were made.
const EARLIER = new Date('2026-08-01T12:00:00Z');

const valueCount = (input: TStrategyInput) =>
  input.kpis.reduce((n, k) => n + k.measurements.length, 0);

describe.each(testProviders())('strategy inputs for two days from one read on %s', (provider) => {
  let t: DemoTestDatabase;
  let organisationId: string;

  beforeAll(async () => {
    t = await createTestDatabase(provider, demoTrustAsOf(TODAY));
    organisationId = t.facts.organisationId;
  });
  afterAll(async () => t?.drop());

  it('derives the earlier day’s input exactly as a read up to that day gives it', async () => {
    const [later, earlier] =
      (await loadStrategyInputs(t.db, { organisationId, asOfs: [TODAY, EARLIER] })) ?? [];
    expect(later).toEqual(await loadStrategyInput(t.db, { organisationId, asOf: TODAY }));
    expect(earlier).toEqual(await loadStrategyInput(t.db, { organisationId, asOf: EARLIER }));
    if (!later || !earlier) throw new Error('the demo trust has a strategy');

    // The days differ in what they see: values not yet reported and updates not yet made.
    expect(valueCount(earlier)).toBeLessThan(valueCount(later));
    const updatedSince = later.actions.filter((a, i) => {
      const before = earlier.actions[i]?.latestUpdate?.createdAt.getTime() ?? 0;
      return (a.latestUpdate?.createdAt.getTime() ?? 0) > before;
    });
    expect(updatedSince.length).toBeGreaterThan(0);
    for (const a of earlier.actions)
      if (a.latestUpdate)
        expect(a.latestUpdate.createdAt.getTime()).toBeLessThan(EARLIER.getTime() + 86_400_000);
  });

  it('reads nothing of another trust', async () => {
    const other = await t.db.organisation.create({
      data: { name: 'Other Trust', slug: 'other-trust-inputs' },
    });
    await t.db.strategy.create({
      data: { organisationId: other.id, title: 'Other', startYear: '2024/25', endYear: '2028/29' },
    });
    const [input] =
      (await loadStrategyInputs(t.db, { organisationId: other.id, asOfs: [TODAY, EARLIER] })) ?? [];
    expect(input).toMatchObject({ ambitions: [], commitments: [], actions: [], kpis: [] });
  });
});
