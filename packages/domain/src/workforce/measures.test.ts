import { describe, expect, it } from 'vitest';
import { computeWorkforceMeasures } from './measures.ts';
import { RECRUITMENT, STAFF, buildAggregates } from '../../test/workforce-fixture.ts';

// The 40 people and 15 applicants are written out in test/workforce-fixture.ts; every figure
// below is worked out by hand from that table (person ids in the comments). Threshold 1 keeps every
// value in view; only a count of 0 is "small" at threshold 1.
const aggregates = buildAggregates(STAFF, RECRUITMENT);
const { measures: m, ...head } = computeWorkforceMeasures(aggregates, {
  asOf: '2026-03-31',
  threshold: 1,
});

describe('the 40-person trust at threshold 1', () => {
  it('keeps the snapshot, the threshold and the row counts', () => {
    expect(head).toEqual({
      asOf: '2026-03-31',
      threshold: 1,
      rows: { staff: 40, recruitment: 15 },
    });
  });

  it('WRES 1: counts and BME % per band, clinical then non-clinical then medical, rows with a 0 small', () => {
    // Clinical Band 5 (ids 1–12): White 1–4, BME 5–10, unknown 11–12 → 6 ÷ 12.
    // Clinical Band 7 (13–20): White 13–16, BME 17–19, unknown 20 → 3 ÷ 8.
    // Non-clinical Band 3 (21–28): White 21–24, BME 25–27, unknown 28 → 3 ÷ 8.
    // Band 8a (29–32) 2 + 2 + 0; Band 8c (33–34) 1 + 1 + 0; VSM (35–36) 1 + 1 + 0; Consultant
    // (37–40) 2 + 2 + 0: each has an unknown count of 0, under the threshold of 1.
    expect(m['WRES-1']).toEqual([
      row('clinical', 'Band 5', 4, 6, 2, (6 / 12) * 100, false),
      row('clinical', 'Band 7', 4, 3, 1, (3 / 8) * 100, false),
      row('non_clinical', 'Band 3', 4, 3, 1, (3 / 8) * 100, false),
      row('non_clinical', 'Band 8a', 2, 2, 0, (2 / 4) * 100, true),
      row('non_clinical', 'Band 8c', 1, 1, 0, (1 / 2) * 100, true),
      row('non_clinical', 'VSM', 1, 1, 0, (1 / 2) * 100, true),
      row('medical', 'Consultant', 2, 2, 0, (2 / 4) * 100, true),
    ]);
    function row(...[staffGroup, band, white, bme, unknown, percent, suppressed]: Row) {
      return { staffGroup, band, white, bme, unknown, percent, suppressed };
    }
  });

  it('WDES 1: Disabled, non-disabled and unknown per band, and the declaration rate', () => {
    // Band 5: Disabled 3, 7; unknown 10, 12; the other 8 non-disabled → 2 ÷ 12.
    // Band 7: Disabled 15, 18; unknown 20 → 2 ÷ 8.  Band 3: Disabled 23, 27; unknown 24 → 2 ÷ 8.
    // Band 8a: unknown 32, nobody Disabled → 0 ÷ 4.  Band 8c: Disabled 33 → 1 ÷ 2.
    // VSM: both non-disabled → 0 ÷ 2.  Consultant: Disabled 40 → 1 ÷ 4.
    expect(m['WDES-1']).toEqual([
      row('clinical', 'Band 5', 2, 8, 2, (2 / 12) * 100, false),
      row('clinical', 'Band 7', 2, 5, 1, (2 / 8) * 100, false),
      row('non_clinical', 'Band 3', 2, 5, 1, (2 / 8) * 100, false),
      row('non_clinical', 'Band 8a', 0, 3, 1, 0, true),
      row('non_clinical', 'Band 8c', 1, 1, 0, (1 / 2) * 100, true),
      row('non_clinical', 'VSM', 0, 2, 0, 0, true),
      row('medical', 'Consultant', 1, 3, 0, (1 / 4) * 100, true),
    ]);
    // Unknown disability: 10, 12, 20, 24, 32 → known 35 of 40.
    expect(m['WDES-1-declaration']).toBe(35 / 40);
    function row(...[staffGroup, band, disabled, nonDisabled, unknown, percent, suppressed]: Row) {
      return { staffGroup, band, disabled, nonDisabled, unknown, percent, suppressed };
    }
  });

  it.each([
    // Shortlisted White: 6, appointed 3; BME: 8, appointed 2 → (3/6) ÷ (2/8) = 0.5 ÷ 0.25 = 2.
    ['WRES-2 (White appointed over BME)', 'WRES-2', [3, 6], [2, 8], 2],
    // Disciplinary: BME 5, 7, 17, 25, 39 of 18 BME; White 4 of 18 → (5/18) ÷ (1/18) = 5.
    ['WRES-3 (BME disciplinary over White)', 'WRES-3', [5, 18], [1, 18], 5],
    // Training: White 1, 2, 4, 13, 14, 15, 22, 29, 30, 33, 37, 38 = 12 of 18; BME 6, 9, 17,
    // 19, 27, 31, 34, 36, 39 = 9 of 18 → (12/18) ÷ (9/18) = 4/3.
    ['WRES-4 (White training over BME)', 'WRES-4', [12, 18], [9, 18], 4 / 3],
    // Shortlisted non-disabled 10, appointed 4; Disabled 4, appointed 1 → 0.4 ÷ 0.25 = 1.6.
    ['WDES-2 (non-disabled appointed over Disabled)', 'WDES-2', [4, 10], [1, 4], 1.6],
    // Capability: Disabled 3, 7, 18, 23 of 8 (3, 7, 15, 18, 23, 27, 33, 40); non-disabled 16 of
    // 27 → (4/8) ÷ (1/27) = 13.5.
    ['WDES-3 (Disabled capability over non-disabled)', 'WDES-3', [4, 8], [1, 27], 13.5],
  ] as const)('%s', (_name, code, [aSelected, aPool], [bSelected, bPool], value) => {
    const rl = m[code];
    expect(rl?.value).toBeCloseTo(value, 12);
    expect(rl?.numerator).toEqual({ selected: aSelected, pool: aPool });
    expect(rl?.denominator).toEqual({ selected: bSelected, pool: bPool });
    expect(rl?.suppressed).toBe(false);
  });

  it('WRES 9: BME % of the voting board minus BME % of the workforce, and of the executives', () => {
    // Voting board: 29, 33 (non-executive), 35, 36, 37 (executive); BME only 36 → 1 ÷ 5 = 20%.
    // Workforce BME: 6 + 3 + 3 + 2 + 1 + 1 + 2 = 18 of 40 = 45%. Executives 1 of 3.
    expect(m['WRES-9']).toEqual({
      boardPercent: 20,
      workforcePercent: 45,
      value: 20 - 45,
      executivePercent: (1 / 3) * 100,
      executiveValue: (1 / 3) * 100 - 45,
      suppressed: false,
      executiveSuppressed: false,
    });
  });

  it('WDES 10: Disabled % of the voting board minus Disabled % of the workforce', () => {
    // Disabled on the voting board: 33 → 1 ÷ 5 = 20%; workforce 8 of 40 = 20%; executives 0 of 3.
    expect(m['WDES-10']).toEqual({
      boardPercent: 20,
      workforcePercent: 20,
      value: 0,
      executivePercent: 0,
      executiveValue: -20,
      suppressed: false,
      executiveSuppressed: false,
    });
  });

  it('GPG: hourly and bonus gaps, bonus proportions and quartiles', () => {
    // Men with pay (14): 12, 12.25, 12.5, 16.25, 16.5, 24.5, 25, 26, 31, 32, 42, 50, 54, 60;
    // sum 414, mean 414/14, median (25 + 26) ÷ 2 = 25.5.
    // Women with pay (21; 9, 11, 24, 32 have none): 11, 11.25, 11.5, 11.75, 14, 14.5, 14.75, 15,
    // 15.25, 15.5, 16, 22, 22.5, 23, 23.5, 24, 30, 40, 52, 56, 70; sum 513.5, median the 11th = 16.
    const menMean = 414 / 14;
    const womenMean = 513.5 / 21;
    expect(m.GPG.meanHourly).toBeCloseTo(((menMean - womenMean) / menMean) * 100, 10); // 17.31
    expect(m.GPG.medianHourly).toBeCloseTo(((25.5 - 16) / 25.5) * 100, 10); // 37.25
    // Bonus: men 35, 37, 39 (2000, 3000, 4000: mean and median 3000); women 33, 36, 38, 40 (500,
    // 1000, 2000, 1000: mean 4500/4 = 1125, median (1000 + 1000) ÷ 2 = 1000).
    expect(m.GPG.meanBonus).toBeCloseTo(((3000 - 1125) / 3000) * 100, 10); // 62.5
    expect(m.GPG.medianBonus).toBeCloseTo(((3000 - 1000) / 3000) * 100, 10); // 66.67
    // 14 men and 25 women in all (12 is of unknown sex).
    expect(m.GPG.bonusPercentMen).toBeCloseTo((3 / 14) * 100, 10);
    expect(m.GPG.bonusPercentWomen).toBeCloseTo((4 / 25) * 100, 10);
    expect([m.GPG.suppressed, m.GPG.bonusSuppressed]).toEqual([false, false]);
    // Quartiles: 35 people with pay and a known sex, so 9, 9, 9 and 8 (the lower ones take the
    // extra). Q1 = 21, 25, 22, 27, 23, 28, 26, 5, 6 (to 14.50): women 6, men 3.
    // Q2 = 10, 1, 7, 2, 3, 8, 4, 17, 18 (to 22.50): women 7, men 2.
    // Q3 = 13, 20, 14, 19, 15, 16, 29, 30, 31 (to 32.00): women 4, men 5. Q4 = the other 8: 4 and 4.
    expect(m.GPG.quartiles).toEqual([
      { quartile: 1, percentWomen: (6 / 9) * 100, percentMen: (3 / 9) * 100, suppressed: false },
      { quartile: 2, percentWomen: (7 / 9) * 100, percentMen: (2 / 9) * 100, suppressed: false },
      { quartile: 3, percentWomen: (4 / 9) * 100, percentMen: (5 / 9) * 100, suppressed: false },
      { quartile: 4, percentWomen: 50, percentMen: 50, suppressed: false },
    ]);
  });

  it('EPG and DPG: mean and median hourly gaps against White and non-disabled staff', () => {
    // White with pay (17; 24 has none): sum 458.5, median the 9th of 11, 11.5, 12, 15, 15.5, 16,
    // 16.5, 23, 24, … = 24. BME with pay (16; 9, 32 have none): sum 433.25, median (16.25 + 22) ÷ 2.
    const white = 458.5 / 17;
    const bme = 433.25 / 16;
    expect(m.EPG.meanHourly).toBeCloseTo(((white - bme) / white) * 100, 10); // −0.40: BME paid more
    expect(m.EPG.medianHourly).toBeCloseTo(((24 - 19.125) / 24) * 100, 10); // 20.31
    // Non-disabled with pay (25): sum 690.75, median the 13th = 23. Disabled (8): 11.75, 12,
    // 15.25, 16, 22.5, 25, 40, 56; sum 198.5, median (16 + 22.5) ÷ 2 = 19.25.
    const non = 690.75 / 25;
    const disabled = 198.5 / 8;
    expect(m.DPG.meanHourly).toBeCloseTo(((non - disabled) / non) * 100, 10); // 10.20
    expect(m.DPG.medianHourly).toBeCloseTo(((23 - 19.25) / 23) * 100, 10); // 16.30
    expect([m.EPG.suppressed, m.DPG.suppressed]).toEqual([false, false]);
  });

  it('SENIOR: BME and Disabled % at Band 8c and above', () => {
    // 33 (White, Disabled), 34 (BME), 35 (White), 36 (BME): BME 2 of 4, Disabled 1 of 4.
    expect(m.SENIOR).toEqual({ bmePercent: 50, disabledPercent: 25, suppressed: false });
  });
});

describe('the same trust at threshold 10', () => {
  const t10 = computeWorkforceMeasures(aggregates, { asOf: '2026-03-31', threshold: 10 }).measures;

  it('every band row and every likelihood has a count under 10', () => {
    expect(t10['WRES-1'].every((r) => r.suppressed)).toBe(true);
    expect(t10['WDES-1'].every((r) => r.suppressed)).toBe(true);
    for (const code of ['WRES-2', 'WRES-3', 'WRES-4', 'WDES-2', 'WDES-3'] as const) {
      expect(t10[code]?.suppressed).toBe(true);
    }
  });

  it('a gap built from 10 or more in each group stays; one built from fewer is suppressed', () => {
    // Hourly pay: 14 men and 21 women; 17 White and 16 BME; only 8 Disabled.
    expect(t10.GPG.suppressed).toBe(false);
    expect(t10.EPG.suppressed).toBe(false);
    expect(t10.DPG.suppressed).toBe(true);
    // 3 men and 4 women with a bonus; quartiles hold 9 or 8 people; 5 on the voting board; 4 senior.
    expect(t10.GPG.bonusSuppressed).toBe(true);
    expect(t10.GPG.quartiles.map((q) => q.suppressed)).toEqual([true, true, true, true]);
    expect([t10['WRES-9'].suppressed, t10['WDES-10'].executiveSuppressed]).toEqual([true, true]);
    expect(t10.SENIOR.suppressed).toBe(true);
  });

  it('suppressed values are kept for the EDI team', () => {
    expect(t10['WRES-2']?.value).toBe(2);
    expect(t10.SENIOR.bmePercent).toBe(50);
  });
});

describe('thresholds between', () => {
  it('at 3 only quartile 2 is small (2 men), so the next smallest, quartile 4 (8 people), goes too', () => {
    const { GPG } = computeWorkforceMeasures(aggregates, {
      asOf: '2026-03-31',
      threshold: 3,
    }).measures;
    expect(GPG.quartiles.map((q) => q.suppressed)).toEqual([false, true, false, true]);
  });

  it('at 2 a single White person disciplined suppresses WRES 3; 1 Disabled appointee WDES 2', () => {
    const two = computeWorkforceMeasures(aggregates, { asOf: '2026-03-31', threshold: 2 }).measures;
    expect([two['WRES-3'].suppressed, two['WDES-2']?.suppressed]).toEqual([true, true]);
    expect([two['WRES-2']?.suppressed, two['WRES-4'].suppressed]).toEqual([false, false]);
  });

  it('at 4 the 3 executive members are suppressed but the 5 voting members are not', () => {
    const four = computeWorkforceMeasures(aggregates, { asOf: '2026-03-31', threshold: 4 })
      .measures['WRES-9'];
    expect([four.suppressed, four.executiveSuppressed]).toEqual([false, true]);
  });
});

type Row = [string, string, number, number, number, number, boolean];
