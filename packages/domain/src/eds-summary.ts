import { EDS_OUTCOMES, edsRating, type TEdsRating } from './equality.ts';

export type TEdsSummary<T> = { scores: T[]; total: number | null; rating: TEdsRating | null };

/**
 * A year's EDS 2022 outcome scores in the framework's order, with the total and rating once all
 * eleven outcomes are scored (null until then); scores for outcomes it does not know are left out.
 */
export function summariseEdsScores<T extends { outcome: string; score: number }>(
  scores: readonly T[],
): TEdsSummary<T> {
  const ordered = EDS_OUTCOMES.flatMap((o) => scores.filter((s) => s.outcome === o));
  if (ordered.length !== EDS_OUTCOMES.length) return { scores: ordered, total: null, rating: null };
  // edsRating refuses a score other than 0 to 3, so the cast only names what it checks.
  const rated = edsRating(
    Object.fromEntries(ordered.map((s) => [s.outcome, s.score as 0 | 1 | 2 | 3])),
  );
  return { scores: ordered, total: rated.total, rating: rated.rating };
}
