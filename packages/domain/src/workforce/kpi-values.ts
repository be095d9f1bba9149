// Which workforce figure feeds which library KPI, so a year's figures can be saved as measurements.
// A headline that is suppressed or cannot be computed is not saved (it is listed with the reason);
// a suppressed group cell is saved marked suppressed, and the KPI page shows it as `*`.
import { STAFF_GROUP_LABELS } from './labels.ts';
import type { TBandRow, TLikelihood, TWorkforceResult } from './types.ts';

export type TWorkforceKpiValue = {
  kpiCode: string;
  /** "" for the whole population. */
  group: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
};

export type TWorkforceKpiSkip = { kpiCode: string; group: string; reason: string };

/** Every library KPI code `workforceKpiValues` can give a value for. */
export const WORKFORCE_KPI_CODES = [
  'WRES-1',
  'WRES-2',
  'WRES-3',
  'WRES-4',
  'WRES-9',
  'WDES-1',
  'WDES-2',
  'WDES-3',
  'WDES-10',
  'PAYGAP-GENDER-MEAN',
  'PAYGAP-GENDER-MEDIAN',
  'PAYGAP-ETHNICITY-MEAN',
  'PAYGAP-ETHNICITY-MEDIAN',
  'PAYGAP-DISABILITY-MEAN',
  'PAYGAP-DISABILITY-MEDIAN',
  'EDI-2d',
] as const;

export type TWorkforceKpiCode = (typeof WORKFORCE_KPI_CODES)[number];

/** The library's WRES 1 / WDES 1 headline: Agenda for Change Band 8a and above, VSM included. */
const BAND_8A_AND_ABOVE: readonly string[] = [
  'Band 8a',
  'Band 8b',
  'Band 8c',
  'Band 8d',
  'Band 9',
  'VSM',
];

type TEntry = {
  numerator?: number | null;
  denominator?: number | null;
  suppressed: boolean;
  /** Why the value is null, in words. */
  ifNull: string;
};

/** A figure for each KPI of `WORKFORCE_KPI_CODES`, and the ones that cannot be saved with why. */
export function workforceKpiValues(result: TWorkforceResult): {
  values: TWorkforceKpiValue[];
  skipped: TWorkforceKpiSkip[];
} {
  const values: TWorkforceKpiValue[] = [];
  const skipped: TWorkforceKpiSkip[] = [];
  const tooFew = `Built from fewer than ${result.threshold} people`;
  const add = (kpiCode: TWorkforceKpiCode, group: string, value: number | null, e: TEntry) => {
    if (value === null) skipped.push({ kpiCode, group, reason: `Not computable: ${e.ifNull}` });
    else if (e.suppressed && group === '') skipped.push({ kpiCode, group, reason: tooFew });
    else {
      const { numerator = null, denominator = null, suppressed } = e;
      values.push({ kpiCode, group, value, numerator, denominator, suppressed });
    }
  };
  const m = result.measures;

  // WRES 1 / WDES 1: the headline stores the group's count and the headcount, so both the group
  // and the rest of Band 8a and above must reach the threshold.
  const bandTable = <T extends TBandRow>(
    kpiCode: 'WRES-1' | 'WDES-1',
    rows: readonly T[],
    countOf: (row: T) => number,
    headcountOf: (row: T) => number,
  ) => {
    const senior = rows.filter(
      (r) => r.staffGroup !== 'medical' && BAND_8A_AND_ABOVE.includes(r.band),
    );
    const numerator = senior.reduce((sum, r) => sum + countOf(r), 0);
    const denominator = senior.reduce((sum, r) => sum + headcountOf(r), 0);
    add(kpiCode, '', denominator > 0 ? (numerator / denominator) * 100 : null, {
      numerator,
      denominator,
      suppressed: numerator < result.threshold || denominator - numerator < result.threshold,
      ifNull: 'no staff at Band 8a and above',
    });
    for (const row of rows) {
      add(kpiCode, `${STAFF_GROUP_LABELS[row.staffGroup]}, ${row.band}`, row.percent, {
        numerator: countOf(row),
        denominator: headcountOf(row),
        suppressed: row.suppressed,
        ifNull: 'no staff in this band',
      });
    }
  };
  bandTable(
    'WRES-1',
    m['WRES-1'],
    (r) => r.bme,
    (r) => r.white + r.bme + r.unknown,
  );
  bandTable(
    'WDES-1',
    m['WDES-1'],
    (r) => r.disabled,
    (r) => r.disabled + r.nonDisabled + r.unknown,
  );

  // Relative likelihoods: the ratio as the headline, each side's rate as a group.
  const likelihood = (
    kpiCode: TWorkforceKpiCode,
    rl: TLikelihood | null,
    names: readonly [string, string],
  ) => {
    const noFile = 'no recruitment file';
    const [a, b] = names;
    const ifNull =
      rl === null
        ? noFile
        : rl.numerator.pool === 0 || rl.denominator.pool === 0
          ? `no ${rl.numerator.pool === 0 ? a : b} people in the pool`
          : `no ${b} people selected`;
    add(kpiCode, '', rl?.value ?? null, { suppressed: rl?.suppressed ?? false, ifNull });
    const sides = [
      [a, rl?.numerator],
      [b, rl?.denominator],
    ] as const;
    for (const [group, side] of sides) {
      add(kpiCode, group, side && side.pool > 0 ? side.selected / side.pool : null, {
        numerator: side?.selected ?? null,
        denominator: side?.pool ?? null,
        suppressed: rl?.suppressed ?? false,
        ifNull: side ? `no ${group} people in the pool` : noFile,
      });
    }
  };
  likelihood('WRES-2', m['WRES-2'], ['White', 'BME']);
  likelihood('WRES-3', m['WRES-3'], ['BME', 'White']);
  likelihood('WRES-4', m['WRES-4'], ['White', 'BME']);
  likelihood('WDES-2', m['WDES-2'], ['Non-disabled', 'Disabled']);
  likelihood('WDES-3', m['WDES-3'], ['Disabled', 'Non-disabled']);

  for (const kpiCode of ['WRES-9', 'WDES-10'] as const) {
    const gap = m[kpiCode];
    add(kpiCode, '', gap.value, {
      suppressed: gap.suppressed,
      ifNull: 'no voting board members or no staff',
    });
    add(kpiCode, 'Executive board members', gap.executiveValue, {
      suppressed: gap.executiveSuppressed,
      ifNull: 'no executive board members or no staff',
    });
  }

  const gaps = [
    ['GENDER', m.GPG],
    ['ETHNICITY', m.EPG],
    ['DISABILITY', m.DPG],
  ] as const;
  for (const [kind, gap] of gaps) {
    const ifNull = 'a group has no hourly pay, or the reference group is paid 0';
    add(`PAYGAP-${kind}-MEAN`, '', gap.meanHourly, { suppressed: gap.suppressed, ifNull });
    add(`PAYGAP-${kind}-MEDIAN`, '', gap.medianHourly, { suppressed: gap.suppressed, ifNull });
  }

  const ifNoSenior = 'no staff at Band 8c and above';
  add('EDI-2d', '', m.SENIOR.bmePercent, { suppressed: m.SENIOR.suppressed, ifNull: ifNoSenior });
  add('EDI-2d', 'Disabled', m.SENIOR.disabledPercent, {
    suppressed: m.SENIOR.suppressed,
    ifNull: ifNoSenior,
  });
  return { values, skipped };
}
