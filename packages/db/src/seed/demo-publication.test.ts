import { ZPublicPayload, parseIsoDay } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testProviders, type TestDatabase } from '../../test/support/index.ts';
import { findCurrentPublicationBySlug } from '../queries/publications.ts';
import { DEMO_INTERNAL_NARRATIVE_ACTION } from './demo-publication.ts';
import { seedDemoTrust } from './demo-trust.ts';

// A day after the 2026/27 Q2 update window closed (21 October), so Q1 and Q2 are locked.
const TODAY = parseIsoDay('2026-11-24');

describe.each(testProviders())('the demo trust’s public page at seed time on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemoTrust(t.db, { today: TODAY });
  });
  afterAll(async () => t?.drop());

  it('publishes the latest locked quarter with the saved workforce year, so /p/demo-partnership shows a page', async () => {
    const current = await findCurrentPublicationBySlug(t.db, 'demo-partnership');
    expect(current).not.toBeNull();
    const payload = ZPublicPayload.parse(JSON.parse(current?.payload ?? '{}'));
    expect(payload.period.label).toBe('2026/27 Q2');
    expect(payload.organisation).toEqual({
      name: 'Demo Partnership NHS Foundation Trust',
      slug: 'demo-partnership',
      isDemo: true,
    });
    expect(payload.ambitions.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(payload.workforce?.sections.map((s) => s.title)).toEqual(['WRES', 'WDES', 'Pay gaps']);
    expect(payload.eds).not.toBeNull();
  });

  it('shows the feature: one action’s narrative is kept inside the trust, the others publish', async () => {
    const current = await findCurrentPublicationBySlug(t.db, 'demo-partnership');
    const payload = ZPublicPayload.parse(JSON.parse(current?.payload ?? '{}'));
    const actions = payload.ambitions.flatMap((a) => a.commitments.flatMap((c) => c.actions));
    const internal = actions.find((a) => a.code === DEMO_INTERNAL_NARRATIVE_ACTION);
    expect(internal).toMatchObject({ narrative: null, ownerJobTitle: 'Chief People Officer' });
    expect(internal?.ownerName).toBeNull();
    expect(actions.filter((a) => a.narrative !== null).length).toBeGreaterThan(10);
    const text = current?.payload ?? '';
    for (const email of ['@belonging.test', 'Daniel Hart', 'Priya Raman'])
      expect(text).not.toContain(email);
  });
});
