// A KPI value or published figure with its unit, as people read it in an NHS service: "43.4%",
// "1.25", "£1,200". The apps and the public page share it, so a figure reads the same everywhere.

export type TValueUnit = 'percent' | 'ratio' | 'number' | 'score' | 'currency';

const DECIMALS: Record<TValueUnit, number> = {
  percent: 1,
  ratio: 2,
  number: 0,
  score: 1,
  currency: 0,
};

// One formatter per number of decimals: making one per call (toLocaleString with options does)
// costs a tenth of a millisecond, and a public page formats hundreds of values.
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

function numberFormat(decimals: number): Intl.NumberFormat {
  let found = NUMBER_FORMATS.get(decimals);
  if (!found) {
    found = new Intl.NumberFormat('en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: Math.max(decimals, 2),
    });
    NUMBER_FORMATS.set(decimals, found);
  }
  return found;
}

/** A KPI value with its unit; ratios keep two decimals because 0.80 and 1.25 are the thresholds. */
export function formatValue(value: number | null | undefined, unit: TValueUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'No data';
  const decimals = Number.isInteger(value) && unit !== 'ratio' ? 0 : DECIMALS[unit];
  const text = numberFormat(decimals).format(value);
  if (unit === 'percent') return `${text}%`;
  if (unit === 'currency') return `£${text}`;
  return text;
}
