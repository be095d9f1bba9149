import { describe, expect, it } from 'vitest';
import { FRAMEWORK_TAGS, findFrameworkTag } from './framework-tags.ts';
import { INDICATOR_LIBRARY, findLibraryIndicator, isSignedPercent } from './indicators.ts';
import { NON_ADVERSE_BAND } from '../equality.ts';

describe('indicator library', () => {
  it('finds an indicator by code, and nothing for an unknown code', () => {
    expect(findLibraryIndicator('WRES-2')).toMatchObject({ code: 'WRES-2', group: 'wres' });
    expect(findLibraryIndicator('NOPE')).toBeUndefined();
  });

  it('has unique codes, and every band is the non-adverse band', () => {
    const codes = INDICATOR_LIBRARY.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const i of INDICATOR_LIBRARY) if (i.band) expect(i.band).toEqual(NON_ADVERSE_BAND);
  });

  it('names each indicator without repeating its code, which is shown beside the title', () => {
    for (const i of INDICATOR_LIBRARY) {
      const spoken = i.code.replace(/^EDI-/, 'EDI plan ').replace(/-/g, '[ -]?');
      expect(i.title, i.code).not.toMatch(new RegExp(`^${spoken}\\b`, 'i'));
    }
  });

  it.each([
    [
      'a signed library indicator (WRES 9, a difference)',
      { code: 'WRES-9', baselineValue: 5 },
      true,
    ],
    [
      'an unsigned one with positive values',
      { code: 'WRES-5', baselineValue: 20, targetValue: 15 },
      false,
    ],
    ['any KPI with a negative baseline', { code: 'LOCAL-1', baselineValue: -2 }, true],
    ['any KPI with a negative band low', { code: 'LOCAL-1', baselineValue: 1, bandLow: -1 }, true],
    [
      'a local KPI with null target and band',
      { code: 'LOCAL-1', baselineValue: 1, targetValue: null, bandLow: null },
      false,
    ],
  ])('isSignedPercent: %s', (_name, kpi, signed) => {
    expect(isSignedPercent(kpi)).toBe(signed);
  });
});

describe('framework tags', () => {
  it.each([
    ['edi_plan', '2a'],
    ['eds', '3C'],
    ['wres', 'WRES-9'],
    ['wdes', 'WDES-10'],
  ] as const)('has %s %s', (framework, code) => {
    expect(findFrameworkTag(framework, code)).toMatchObject({ framework, code });
  });

  it('has no tag for an unknown code and no duplicates', () => {
    expect(findFrameworkTag('wres', 'WRES-10')).toBeUndefined();
    const keys = FRAMEWORK_TAGS.map((t) => `${t.framework}:${t.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
