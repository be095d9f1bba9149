import type { TLikelihood } from '@belonging/domain';

/** The words beside a figure hidden from publication (the EDI team still sees it here). */
export function hiddenWords(threshold: number): string {
  return `hidden when published: fewer than ${threshold} people`;
}

export const NOT_AVAILABLE = 'Not available';

export function formatNumber(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NOT_AVAILABLE;
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-GB');
}

export function formatPercent(value: number | null | undefined): string {
  const text = formatNumber(value);
  return text === NOT_AVAILABLE ? text : `${text}%`;
}

/** Percentage points, signed: "+3.2 points", "−18.4 points". */
export function formatPoints(value: number | null | undefined): string {
  const text = formatNumber(value === null || value === undefined ? value : Math.abs(value));
  if (text === NOT_AVAILABLE || value === null || value === undefined) return text;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  return `${sign}${text} points`;
}

export function formatMoney(value: number | null | undefined): string {
  const text = formatNumber(value, 2);
  return text === NOT_AVAILABLE ? text : `£${text}`;
}

export function formatRatio(value: number | null | undefined): string {
  return formatNumber(value, 2);
}

/** Above 1.00 always means the minority group is worse off (WORKFORCE.md §2). */
export function likelihoodVerdict(rl: TLikelihood | null, minority: string): string {
  if (!rl || rl.value === null)
    return 'Cannot be worked out: a group has nobody in it, or nobody selected';
  const value = Math.round(rl.value * 100) / 100;
  if (value >= 0.8 && value <= 1.25) return 'Not adverse: within the 0.80 to 1.25 range';
  return value > 1.25
    ? `Adverse: above 1.25, so ${minority} are worse off`
    : `Outside the range: below 0.80, so ${minority} are better off`;
}

/** "BME women, Disabled", "White men", "Non-disabled": one intersectional cell's people. */
export function intersectLabel(row: {
  ethnicity: 'White' | 'BME' | null;
  sex: 'female' | 'male' | null;
  disability: 'yes' | 'no' | null;
}): string {
  const who = [row.ethnicity, row.sex === 'female' ? 'women' : row.sex === 'male' ? 'men' : null]
    .filter(Boolean)
    .join(' ');
  const disability =
    row.disability === 'yes' ? 'Disabled' : row.disability === 'no' ? 'non-disabled' : null;
  const text = [who, disability].filter(Boolean).join(', ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : 'Everyone';
}
