import { parseIsoDay, workforceKpiValues } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  demoTrustAsOf,
  testProviders,
  type DemoTestDatabase,
} from '../../test/support/index.ts';
import { seedDemoTrust } from './demo-trust.ts';
import { DEMO_WORKFORCE_FILES, DEMO_WORKFORCE_RESULT } from './demo-workforce.ts';

const TODAY = parseIsoDay('2026-11-24');

describe.each(testProviders())('the demo trust’s workforce year on %s', (provider) => {
  let t: DemoTestDatabase;
  let organisationId: string;
  const KPI_CODES: string[] = [];

  beforeAll(async () => {
    t = await createTestDatabase(provider, demoTrustAsOf(TODAY));
    organisationId = t.facts.organisationId;
    const kpis = await t.db.kpi.findMany({ where: { organisationId }, select: { code: true } });
    KPI_CODES.push(...kpis.map((k) => k.code));
  });
  afterAll(async () => t?.drop());

  it('loads one synthetic workforce year, saved, into the demo KPIs it feeds at its snapshot date', async () => {
    const uploads = await t.db.workforceUpload.findMany({
      where: { organisationId },
      select: {
        asOf: true,
        staffFileName: true,
        staffSha256: true,
        staffRows: true,
        recruitmentFileName: true,
        recruitmentRows: true,
        savedAt: true,
        result: true,
      },
    });
    expect(uploads).toHaveLength(1);
    const [upload] = uploads;
    expect(upload).toMatchObject({
      asOf: parseIsoDay(DEMO_WORKFORCE_RESULT.asOf),
      staffFileName: 'staff-synthetic.csv',
      staffSha256: DEMO_WORKFORCE_FILES.staff.sha256,
      staffRows: DEMO_WORKFORCE_FILES.staff.rows,
      recruitmentFileName: 'recruitment-synthetic.csv',
      recruitmentRows: DEMO_WORKFORCE_FILES.recruitment.rows,
    });
    expect(upload?.savedAt).not.toBeNull();
    expect(JSON.parse(upload?.result ?? 'null')).toEqual(DEMO_WORKFORCE_RESULT);

    const { values } = workforceKpiValues(DEMO_WORKFORCE_RESULT);
    const fed = values.filter((v) => KPI_CODES.includes(v.kpiCode));
    const stored = await t.db.measurement.findMany({
      where: {
        organisationId,
        periodEnd: parseIsoDay(DEMO_WORKFORCE_RESULT.asOf),
        kpi: { code: { in: [...new Set(fed.map((v) => v.kpiCode))] } },
      },
      select: { group: true, value: true, suppressed: true, kpi: { select: { code: true } } },
    });
    const key = (v: { kpiCode: string; group: string; value: number; suppressed: boolean }) =>
      `${v.kpiCode}|${v.group}|${v.value}|${v.suppressed}`;
    expect(stored.map((m) => key({ ...m, kpiCode: m.kpi.code })).sort()).toEqual(
      fed.map(key).sort(),
    );
    expect(stored.some((m) => m.suppressed)).toBe(true);
  });

  it('loads no workforce year when the seed day comes before its snapshot date', async () => {
    const early = await createTestDatabase(provider);
    try {
      await seedDemoTrust(early.db, { today: parseIsoDay('2026-02-10') });
      expect(await early.db.workforceUpload.count()).toBe(0);
    } finally {
      await early.drop();
    }
  });
});
