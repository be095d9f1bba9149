import { DomainError, assertFinite } from './errors.ts';

export type TSelection = { selected: number; pool: number };

function assertCounts(side: TSelection, label: string): void {
  for (const key of ['selected', 'pool'] as const) {
    const n = side[key];
    if (!Number.isInteger(n) || n < 0) {
      throw new DomainError(
        'invalid_count',
        `The ${label} ${key} count must be a whole number, 0 or more, not ${String(n)}`,
        `${label}.${key}`,
      );
    }
  }
  if (side.selected > side.pool) {
    throw new DomainError(
      'invalid_count',
      `The ${label} selected count (${side.selected}) is larger than its pool (${side.pool})`,
      `${label}.selected`,
    );
  }
}

/**
 * (numerator group's rate) ÷ (denominator group's rate), e.g. WRES 2 = White appointed ÷ shortlisted
 * over BME appointed ÷ shortlisted. Null when either pool is empty or the denominator rate is 0.
 */
export function relativeLikelihood(numerator: TSelection, denominator: TSelection): number | null {
  assertCounts(numerator, 'numerator');
  assertCounts(denominator, 'denominator');
  if (numerator.pool === 0 || denominator.pool === 0 || denominator.selected === 0) return null;
  return numerator.selected / numerator.pool / (denominator.selected / denominator.pool);
}

/** The non-adverse band of a relative likelihood (the four-fifths rule). */
export const NON_ADVERSE_BAND = { low: 0.8, high: 1.25 } as const;

/** Pay gap %: (reference − comparison) ÷ reference × 100, signed; positive means the reference group is paid more. */
export function payGap(reference: number, comparison: number): number {
  assertFinite(reference, 'The reference pay', 'reference');
  assertFinite(comparison, 'The comparison pay', 'comparison');
  if (reference <= 0) {
    throw new DomainError(
      'zero_reference_pay',
      `The reference group's pay must be above 0 to work out a gap, not ${reference}`,
      'reference',
    );
  }
  if (comparison < 0)
    throw new DomainError(
      'invalid_number',
      `The comparison pay cannot be negative (${comparison})`,
      'comparison',
    );
  return ((reference - comparison) / reference) * 100;
}

export type TSuppressed = { suppressed: true; reason: string };

/** The default smallest number of people a published cell may be built from. */
export const SMALL_NUMBER_THRESHOLD = 10;

/** Throws unless `threshold` is a whole number, 1 or more (the trust's small-number setting). */
export function assertThreshold(threshold: number): void {
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new DomainError(
      'invalid_option',
      `The small-number threshold must be a whole number, 1 or more, not ${String(threshold)}`,
      'threshold',
    );
  }
}

/** Why a cell of a table is hidden: too small itself, or hidden so the small one stays hidden. */
export type TSuppressionMark = 'small' | 'secondary' | null;

/**
 * The secondary rule, once for every table: given which cells are small and how many people each
 * holds, when exactly one cell is small the next smallest (first of equals) is hidden too, so the
 * total and the other cells cannot give the small one away.
 */
export function suppressionMarks(
  isSmall: readonly boolean[],
  sizes: readonly number[],
): TSuppressionMark[] {
  let secondary = -1;
  if (isSmall.filter(Boolean).length === 1) {
    for (let i = 0; i < isSmall.length; i++) {
      if (!isSmall[i] && (secondary === -1 || (sizes[i] ?? 0) < (sizes[secondary] ?? 0)))
        secondary = i;
    }
  }
  return isSmall.map((small, i) => (small ? 'small' : i === secondary ? 'secondary' : null));
}

/**
 * Hides cells built from fewer than `threshold` people. When exactly one cell is hidden, the next
 * smallest is hidden too, so the total and the other cells cannot give the small one away.
 */
export function suppressSmallNumbers<T>(
  cells: readonly T[],
  countOf: (cell: T) => number,
  threshold: number = SMALL_NUMBER_THRESHOLD,
): (T | TSuppressed)[] {
  assertThreshold(threshold);
  const counts = cells.map((cell, i) => {
    const n = countOf(cell);
    if (!Number.isInteger(n) || n < 0) {
      throw new DomainError(
        'invalid_count',
        `Cell ${i + 1}'s count must be a whole number, 0 or more, not ${String(n)}`,
        `cells.${i}`,
      );
    }
    return n;
  });
  const marks = suppressionMarks(
    counts.map((n) => n < threshold),
    counts,
  );
  return cells.map((cell, i) => {
    if (marks[i] === 'small') return { suppressed: true, reason: `Fewer than ${threshold} people` };
    if (marks[i] === 'secondary')
      return {
        suppressed: true,
        reason: 'Hidden so that a small number cannot be worked out from the total',
      };
    return cell;
  });
}

export function isSuppressed(cell: unknown): cell is TSuppressed {
  return (
    typeof cell === 'object' &&
    cell !== null &&
    (cell as { suppressed?: unknown }).suppressed === true
  );
}

/** EDS 2022 outcomes: services (1A–1D), workforce health and well-being (2A–2D), inclusive leadership (3A–3C). */
export const EDS_OUTCOMES = [
  '1A',
  '1B',
  '1C',
  '1D',
  '2A',
  '2B',
  '2C',
  '2D',
  '3A',
  '3B',
  '3C',
] as const;
export type TEdsRating = 'undeveloped' | 'developing' | 'achieving' | 'excelling';

/** EDS 2022 total and band: below 8 undeveloped, 8–21 developing, 22–32 achieving, 33 excelling. */
export function edsRating(scores: Record<string, 0 | 1 | 2 | 3>): {
  total: number;
  rating: TEdsRating;
} {
  let total = 0;
  for (const [outcome, score] of Object.entries(scores)) {
    if (score !== 0 && score !== 1 && score !== 2 && score !== 3) {
      throw new DomainError(
        'invalid_score',
        `The EDS score for ${outcome} must be 0, 1, 2 or 3, not ${String(score)}`,
        outcome,
      );
    }
    total += score;
  }
  const rating: TEdsRating =
    total >= 33
      ? 'excelling'
      : total >= 22
        ? 'achieving'
        : total >= 8
          ? 'developing'
          : 'undeveloped';
  return { total, rating };
}
