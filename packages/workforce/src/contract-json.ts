// The command line's JSON keeps the key order of WORKFORCE.md §4, whatever order the domain builds
// its objects in, so a diff of two years' output lines up.
import type { TWorkforceResult } from '@belonging/domain';

// One ranking serves every object of the contract: no two of its objects order shared keys
// differently. Keys the contract does not name (newer flags) follow in their own order.
const CONTRACT_KEYS = [
  'asOf',
  'threshold',
  'rows',
  'staff',
  'recruitment',
  'measures',
  'WRES-1',
  'WRES-2',
  'WRES-3',
  'WRES-4',
  'WDES-2',
  'WDES-3',
  'WRES-9',
  'WDES-1',
  'WDES-1-declaration',
  'WDES-10',
  'GPG',
  'EPG',
  'DPG',
  'SENIOR',
  'INTERSECT',
  'staffGroup',
  'band',
  'white',
  'bme',
  'disabled',
  'nonDisabled',
  'unknown',
  'percent',
  'value',
  'numerator',
  'denominator',
  'selected',
  'pool',
  'boardPercent',
  'workforcePercent',
  'executiveValue',
  'executivePercent',
  'ethnicity',
  'sex',
  'disability',
  'headcount',
  'percentOfWorkforce',
  'percentSenior',
  'meanHourly',
  'medianHourly',
  'meanBonus',
  'medianBonus',
  'bonusPercentMen',
  'bonusPercentWomen',
  'quartiles',
  'quartile',
  'percentWomen',
  'percentMen',
  'bmePercent',
  'disabledPercent',
  'meanGapVsReference',
  'suppressed',
];
const RANK = new Map(CONTRACT_KEYS.map((key, i) => [key, i]));

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([key, inner], i) => ({
    key,
    inner,
    i,
  }));
  entries.sort(
    (a, b) =>
      (RANK.get(a.key) ?? CONTRACT_KEYS.length) - (RANK.get(b.key) ?? CONTRACT_KEYS.length) ||
      a.i - b.i,
  );
  return Object.fromEntries(entries.map(({ key, inner }) => [key, ordered(inner)]));
}

/** The result as the §4 JSON text, keys in the contract's order. */
export function formatWorkforceJson(result: TWorkforceResult): string {
  return JSON.stringify(ordered(result), null, 2);
}
