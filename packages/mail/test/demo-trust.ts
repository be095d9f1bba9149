import type { Provider } from '@belonging/db';
import { createTestDatabase, demoTrustAsOf, findPeriodByLabel } from '@belonging/db/testing';
import { day } from './days.ts';

/** The origin the mail tests write email links on. */
export const APP_ORIGIN = 'https://tracker.example.nhs.uk';
/** The day the mail tests' demo trust is built as of: its 2026/27 Q3 window has not opened yet. */
export const DEMO_TODAY = day('2026-12-03');

/** A database of its own holding the demo trust as of DEMO_TODAY, with the trust's and its Q3's ids. */
export async function openDemoTrust(provider: Provider) {
  const t = await createTestDatabase(provider, demoTrustAsOf(DEMO_TODAY));
  const organisationId = t.facts.organisationId;
  const q3 = (await findPeriodByLabel(t.db, organisationId, '2026/27 Q3')).id;
  return { t, organisationId, q3 };
}
