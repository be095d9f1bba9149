import { findKpisWithSeries, type DbClient } from '@belonging/db';
import { expectedValue, parseIsoDay, spc, toIsoDay } from '@belonging/domain';
import type { TKpiSeries } from '../exports/paper-types.ts';
import { toKpiDefinition, toSpcOptions } from './kpi-definition.ts';

/**
 * Each KPI's whole-population values up to the report's date, with the trajectory's expected value
 * at each and the SPC reading, for the board paper's charts. A locked period's snapshot holds no
 * series, so its charts are drawn from the values on or before its date as stored today.
 */
export async function loadKpiSeries(
  db: DbClient,
  { organisationId, asOf }: { organisationId: string; asOf: string },
): Promise<Record<string, TKpiSeries>> {
  const last = parseIsoDay(asOf).getTime();
  const kpis = await findKpisWithSeries(db, { organisationId });
  const byId: Record<string, TKpiSeries> = {};
  for (const k of kpis) {
    const values = k.measurements.filter((m) => m.periodEnd.getTime() <= last);
    if (values.length === 0) continue;
    const definition = toKpiDefinition(k);
    const result = spc(
      values.map((m) => m.value),
      toSpcOptions(k),
    );
    byId[k.id] = {
      points: values.map((m, i) => ({
        periodEnd: toIsoDay(m.periodEnd),
        value: m.value,
        expected: k.direction === 'band' ? null : expectedValue(definition, m.periodEnd),
        special: result.points[i]?.signal ?? null,
      })),
      mean: result.mean,
      upperLimit: result.upperLimit,
      lowerLimit: result.lowerLimit,
    };
  }
  return byId;
}
