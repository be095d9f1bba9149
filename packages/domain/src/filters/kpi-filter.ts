import { z } from 'zod';
import { FRAMEWORKS, type TFramework } from '../library/framework-tags.ts';
import { ZRag, type Rag } from '../rag.ts';
import { optionParam, readParams, type TParamSource } from './params.ts';

export const ZKpiFilter = z.object({
  framework: optionParam(FRAMEWORKS),
  rag: ZRag.optional().catch(undefined),
});
export type TKpiFilter = z.infer<typeof ZKpiFilter>;

/** The KPIs list filter from the address (`?framework=&rag=`). */
export function parseKpiFilter(source: TParamSource): TKpiFilter {
  return ZKpiFilter.parse(readParams(source, ['framework', 'rag']));
}

/** A KPI matches a framework when it carries at least one of that framework's tags. */
export function matchesKpiFilter(
  kpi: { rag: Rag; frameworks: readonly TFramework[] },
  filter: TKpiFilter,
): boolean {
  if (filter.framework && !kpi.frameworks.includes(filter.framework)) return false;
  if (filter.rag && kpi.rag !== filter.rag) return false;
  return true;
}
