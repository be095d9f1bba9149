import { z } from 'zod';
import { ZRag, type Rag } from '../rag.ts';
import type { TBoardReport } from '../report/types.ts';
import { readParams, type TParamSource } from './params.ts';

export const ZReportFilter = z.object({
  ambition: z.coerce.number().int().min(1).max(99).optional().catch(undefined),
  rag: ZRag.optional().catch(undefined),
  owner: z.string().trim().min(1).max(200).optional().catch(undefined),
});
export type TReportFilter = z.infer<typeof ZReportFilter>;

/** The board report filter from the address (`?ambition=&rag=&owner=`); the period is not part of it. */
export function parseReportFilter(source: TParamSource): TReportFilter {
  return ZReportFilter.parse(readParams(source, ['ambition', 'rag', 'owner']));
}

export type TFilterableReportItem = { ambitionNumber: number; rag: Rag; owner: string | null };

export function matchesReportFilter(item: TFilterableReportItem, filter: TReportFilter): boolean {
  if (filter.ambition !== undefined && item.ambitionNumber !== filter.ambition) return false;
  if (filter.rag && item.rag !== filter.rag) return false;
  if (filter.owner && item.owner !== filter.owner) return false;
  return true;
}

/**
 * The report's exceptions and KPI lines narrowed by the filter. A KPI line names no owner (nor do
 * snapshots frozen earlier), so `kpiOwners` supplies it by KPI id; an exception names its own.
 */
export function filterBoardReport(
  report: Pick<TBoardReport, 'exceptions' | 'kpis'>,
  filter: TReportFilter,
  kpiOwners: ReadonlyMap<string, string | null> = new Map(),
) {
  const exceptions = report.exceptions.filter((e) => matchesReportFilter(e, filter));
  const kpis = report.kpis.filter((k) =>
    matchesReportFilter({ ...k, owner: kpiOwners.get(k.id) ?? null }, filter),
  );
  return {
    exceptions,
    kpis,
    shown: exceptions.length + kpis.length,
    total: report.exceptions.length + report.kpis.length,
  };
}

/** The owners named in the report's exceptions and the KPI owners, sorted, for the owner choice. */
export function reportOwners(
  report: Pick<TBoardReport, 'exceptions'>,
  kpiOwners: ReadonlyMap<string, string | null> = new Map(),
): string[] {
  const names = new Set<string>();
  for (const e of report.exceptions) if (e.owner) names.add(e.owner);
  for (const name of kpiOwners.values()) if (name) names.add(name);
  return [...names].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
