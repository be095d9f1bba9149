import { describe, expect, it } from 'vitest';
import { FRAMEWORK_TAGS, findFrameworkTag } from './framework-tags.ts';
import { INDICATOR_LIBRARY, findLibraryIndicator, isSignedPercent } from './indicators.ts';

describe('the NHS indicator library', () => {
  it('holds WRES 1–9, WDES 1–10, six pay gaps, the EDI plan success metrics and the EDS total, each once', () => {
    const codes = INDICATOR_LIBRARY.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => c.startsWith('WRES-'))).toEqual(
      Array.from({ length: 9 }, (_, i) => `WRES-${i + 1}`),
    );
    expect(codes.filter((c) => c.startsWith('WDES-'))).toEqual(
      Array.from({ length: 10 }, (_, i) => `WDES-${i + 1}`),
    );
    expect(codes.filter((c) => c.startsWith('PAYGAP-'))).toEqual([
      'PAYGAP-GENDER-MEAN',
      'PAYGAP-GENDER-MEDIAN',
      'PAYGAP-ETHNICITY-MEAN',
      'PAYGAP-ETHNICITY-MEDIAN',
      'PAYGAP-DISABILITY-MEAN',
      'PAYGAP-DISABILITY-MEDIAN',
    ]);
    expect(codes.filter((c) => c.startsWith('EDI-')).length).toBe(17);
    expect(codes).toContain('EDS-TOTAL');
  });

  it.each(['WRES-2', 'WRES-3', 'WRES-4', 'WDES-2', 'WDES-3'])(
    'gives %s the 0.80–1.25 band as a ratio',
    (code) => {
      expect(findLibraryIndicator(code)).toMatchObject({
        unit: 'ratio',
        direction: 'band',
        band: { low: 0.8, high: 1.25 },
      });
    },
  );

  it.each([
    ['WRES-5', 'decrease'],
    ['WRES-7', 'increase'],
    ['WRES-8', 'decrease'],
    ['WRES-9', 'increase'],
    ['WDES-6', 'decrease'],
    ['WDES-8', 'increase'],
    ['PAYGAP-GENDER-MEAN', 'decrease'],
    ['EDS-TOTAL', 'increase'],
  ])('points %s the right way (%s is better)', (code, direction) => {
    expect(findLibraryIndicator(code)?.direction).toBe(direction);
  });

  it('gives every indicator a definition and a data source, and only tags that exist', () => {
    for (const i of INDICATOR_LIBRARY) {
      expect(i.definition.length).toBeGreaterThan(30);
      expect(i.dataSource.length).toBeGreaterThan(5);
      expect(i.band === undefined).toBe(i.direction !== 'band');
      for (const t of i.tags) expect(findFrameworkTag(t.framework, t.code)).toBeDefined();
    }
  });

  it('lists the framework codes: EDI plan 1a–6f, EDS 1A–3C, WRES 1–9 and WDES 1–10', () => {
    expect(FRAMEWORK_TAGS).toHaveLength(36 + 11 + 9 + 10);
    expect(findFrameworkTag('edi_plan', '6f')).toBeDefined();
    expect(findFrameworkTag('edi_plan', '7a')).toBeUndefined();
    expect(findFrameworkTag('eds', '3C')?.title).toMatch(/levers/);
    expect(findFrameworkTag('eds', '3D')).toBeUndefined();
  });
});

describe('isSignedPercent', () => {
  const plain = { code: 'LOCAL-1', baselineValue: 40, targetValue: 60, bandLow: null };
  it.each([
    ['a pay gap from the library', { ...plain, code: 'PAYGAP-GENDER-MEDIAN' }, true],
    [
      'a KPI tagged with the pay-gap action 3a',
      { ...plain, tags: [{ framework: 'edi_plan', code: '3a' }] },
      true,
    ],
    ['a KPI tagged WRES 9', { ...plain, tags: [{ framework: 'wres', code: 'WRES-9' }] }, true],
    ['a KPI with a negative baseline', { ...plain, baselineValue: -2 }, true],
    [
      'a plain survey percentage',
      { ...plain, tags: [{ framework: 'wres', code: 'WRES-7' }] },
      false,
    ],
    ['a staff survey indicator from the library', { ...plain, code: 'WRES-5' }, false],
  ])('is %s signed: %s', (_name, kpi, signed) => {
    expect(isSignedPercent(kpi)).toBe(signed);
  });
});
