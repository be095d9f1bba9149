import { findKpisWithSeries, type Db } from '@belonging/db';

export type ImportKpi = { id: string; code: string };

/**
 * Up to ten monthly percentage KPIs of the trust, by code: none a band, so any percentage is a
 * value, and monthly, so every month end is a period end.
 */
export async function findImportableKpis(db: Db, organisationId: string): Promise<ImportKpi[]> {
  const kpis = await findKpisWithSeries(db, { organisationId });
  return kpis
    .filter((k) => k.unit === 'percent' && k.direction !== 'band' && k.frequency === 'monthly')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, 10);
}

/** `count` import rows for these KPIs, each given its own groups and month ends, so no row repeats. */
export function buildImportRows(
  kpis: readonly ImportKpi[],
  count: number,
  value: (i: number) => number,
) {
  const perKpi = Math.ceil(count / kpis.length);
  const rows = [];
  for (let i = 0; i < count; i++) {
    const kpi = kpis[i % kpis.length];
    if (!kpi) throw new Error('The demo trust has no percentage KPIs');
    const n = Math.floor(i / kpis.length);
    const month = n % 120;
    const end = new Date(Date.UTC(2015 + Math.floor(month / 12), (month % 12) + 1, 0));
    rows.push({
      kpiId: kpi.id,
      line: i + 2,
      kpiCode: kpi.code,
      periodEnd: end.toISOString().slice(0, 10),
      value: value(i).toFixed(1),
      group: `Bench group ${Math.floor(n / 120) + 1} of ${Math.ceil(perKpi / 120)}`,
      note: i % 10 === 0 ? 'Imported by the benchmark' : '',
    });
  }
  return rows;
}
