import type { TMovement } from '../rollup.ts';
import type { TBoardReport } from './types.ts';

export type TMovementCounts = Record<TMovement, number>;

function emptyMovementCounts(): TMovementCounts {
  return { improved: 0, deteriorated: 0, unchanged: 0, new: 0 };
}

/**
 * How the actions and KPIs under each ambition moved since the previous period, keyed by ambition
 * number. Actions from reports frozen before they carried their ambition are left out.
 */
export function movementByAmbition(report: TBoardReport): Map<number, TMovementCounts> {
  const byAmbition = new Map<number, TMovementCounts>(
    report.summary.map((a) => [a.number, emptyMovementCounts()]),
  );
  const add = (ambitionNumber: number | undefined, moved: TMovement | null) => {
    if (ambitionNumber === undefined || moved === null) return;
    const counts = byAmbition.get(ambitionNumber);
    if (counts) counts[moved] += 1;
  };
  for (const action of report.actions) add(action.ambitionNumber, action.movement);
  for (const kpi of report.kpis) add(kpi.ambitionNumber, kpi.movement);
  return byAmbition;
}

/** Movement for the whole report: every ambition's counts added up. */
export function totalMovement(report: TBoardReport): TMovementCounts {
  const total = emptyMovementCounts();
  for (const counts of movementByAmbition(report).values())
    for (const key of Object.keys(total) as TMovement[]) total[key] += counts[key];
  return total;
}

/**
 * Movement in words for a board member: "2 better, 1 worse, 5 the same". Items with no earlier
 * colour are "new"; with nothing to compare at all the words say so.
 */
export function describeMovement(counts: TMovementCounts): string {
  const parts = [
    counts.improved > 0 ? `${counts.improved} better` : '',
    counts.deteriorated > 0 ? `${counts.deteriorated} worse` : '',
    counts.unchanged > 0 ? `${counts.unchanged} the same` : '',
    counts.new > 0 ? `${counts.new} new or not rated before` : '',
  ].filter(Boolean);
  if (parts.length === 0) return 'Nothing to compare';
  if (counts.improved + counts.deteriorated + counts.unchanged === 0)
    return 'No earlier quarter to compare';
  return parts.join(', ');
}
