import { describe, expect, it } from 'vitest';
import { matchesKpiFilter, parseKpiFilter } from './kpi-filter.ts';

const wres2 = { rag: 'amber', frameworks: ['wres', 'edi_plan'] } as const;
const untagged = { rag: 'green', frameworks: [] } as const;

describe('matchesKpiFilter', () => {
  it.each([
    ['an empty filter matches a KPI with no tags', {}, untagged, true],
    ['a framework matches when any tag is from it', { framework: 'edi_plan' }, wres2, true],
    ['a framework the KPI has no tag from does not match', { framework: 'wdes' }, wres2, false],
    ['an untagged KPI matches no framework', { framework: 'eds' }, untagged, false],
    ['colour must be equal', { rag: 'red' }, wres2, false],
    ['framework and colour together', { framework: 'wres', rag: 'amber' }, wres2, true],
  ] as const)('%s', (_name, filter, kpi, expected) => {
    expect(matchesKpiFilter(kpi, filter)).toBe(expected);
  });
});

describe('parseKpiFilter', () => {
  it('reads the framework and colour, and an unknown value as "any"', () => {
    expect(parseKpiFilter(new URLSearchParams('framework=wdes&rag=blue'))).toEqual({
      framework: 'wdes',
      rag: 'blue',
    });
    expect(parseKpiFilter(new URLSearchParams('framework=WDES&rag='))).toEqual({
      framework: undefined,
      rag: undefined,
    });
  });
});
