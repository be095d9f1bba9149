import { describe, expect, it } from 'vitest';
import { indicatorHelp, indicatorHelpForKpi, indicatorHelpRows } from './indicator-help.ts';
import { INDICATOR_WORDS } from './indicator-words.ts';
import { INDICATOR_LIBRARY } from './indicators.ts';

const relativeLikelihoods = INDICATOR_LIBRARY.filter((i) => i.unit === 'ratio' && i.band);

describe('indicator help', () => {
  it.each(INDICATOR_LIBRARY.map((i) => [i.code, i] as const))(
    '%s says what it measures, where its data comes from and which way is better',
    (code, indicator) => {
      const help = indicatorHelp(code);
      expect(help?.measures).toMatch(/^[A-Z].{30,}\.$/);
      expect(help?.source).toBe(`${indicator.dataSource}.`);
      expect(help?.better).toMatch(/\b(better)\b/i);
      // Its own words, not the formula again.
      expect(help?.measures).not.toBe(indicator.definition);
    },
  );

  it('has words for the library’s indicators and no others', () => {
    expect(Object.keys(INDICATOR_WORDS).sort()).toEqual(
      INDICATOR_LIBRARY.map((i) => i.code).sort(),
    );
  });

  it.each(relativeLikelihoods.map((i) => [i.code] as const))(
    '%s, a relative likelihood, explains the 0.80–1.25 band and that closer to 1.00 is better',
    (code) => {
      const help = indicatorHelp(code);
      expect(help?.band).toContain('Between 0.80 and 1.25 is treated as not adverse');
      expect(help?.better).toContain('Closer to 1.00 is better');
    },
  );

  it('gives no band to an indicator that is not a relative likelihood', () => {
    expect(relativeLikelihoods.length).toBeGreaterThanOrEqual(6);
    for (const i of INDICATOR_LIBRARY.filter((x) => !relativeLikelihoods.includes(x)))
      expect(indicatorHelp(i.code)?.band, i.code).toBeNull();
  });

  it('finds a KPI’s indicator by its code, else by its WRES or WDES tag, else none', () => {
    expect(indicatorHelpForKpi({ code: 'WRES-2' })?.code).toBe('WRES-2');
    expect(
      indicatorHelpForKpi({
        code: 'LOCAL-7',
        tags: [
          { framework: 'edi_plan', code: '2a' },
          { framework: 'wdes', code: 'WDES-2' },
        ],
      })?.code,
    ).toBe('WDES-2');
    expect(
      indicatorHelpForKpi({ code: 'NSS-BELONG', tags: [{ framework: 'eds', code: '2D' }] }),
    ).toBe(undefined);
  });
});

describe('indicatorHelpRows', () => {
  it('lists what, where from and which way, and the band only for a relative likelihood', () => {
    const keys = (code: string) => {
      const help = indicatorHelp(code);
      if (!help) throw new Error(`No help for ${code}`);
      return indicatorHelpRows(help).map((r) => r.key);
    };
    expect(keys('WRES-2')).toEqual([
      'What it measures',
      'Where the data comes from',
      'Which way is better',
      'The 0.80 to 1.25 band',
    ]);
    expect(keys('WRES-1')).toEqual([
      'What it measures',
      'Where the data comes from',
      'Which way is better',
    ]);
  });
});
