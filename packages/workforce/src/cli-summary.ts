// The command line's readable summary. A suppressed figure prints as `*`, as it would on a board
// paper, so the text can be pasted without exposing small groups.
import {
  NON_ADVERSE_BAND,
  type TLikelihood,
  type TWorkforceResult,
  type TWorkforceRowError,
} from '@belonging/domain';

const SUPPRESSED = '*';
const count = (n: number) => n.toLocaleString('en-GB');
const fixed = (value: number | null, digits: number, isSuppressed = false) =>
  isSuppressed ? SUPPRESSED : value === null ? '–' : value.toFixed(digits);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // Figures line up on the right, words on the left.
  const isFigure = (c: string) => /^[-\d.,*–]+$/.test(c);
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (isFigure(c) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ');
  return [line(header), ...rows.map(line)].map((l) => `  ${l.trimEnd()}`);
}

function verdict(rl: TLikelihood | null): string {
  if (!rl || rl.value === null) return 'cannot be computed';
  if (rl.suppressed) return 'suppressed (small numbers)';
  const { low, high } = NON_ADVERSE_BAND;
  return rl.value >= low && rl.value <= high
    ? `within ${low.toFixed(2)}–${high.toFixed(2)} (non-adverse)`
    : `outside ${low.toFixed(2)}–${high.toFixed(2)}`;
}

/** The summary table printed without --json. */
export function formatWorkforceSummary(result: TWorkforceResult): string {
  const m = result.measures;
  const { rows } = result;
  const out = [
    `Workforce equality measures at ${result.asOf} (small-number threshold ${result.threshold}; * = suppressed)`,
    `Rows read: staff ${count(rows.staff)}${rows.recruitment === null ? '' : `, recruitment ${count(rows.recruitment)}`}`,
    '',
    'Relative likelihoods',
  ];
  const likelihoods: [string, string, TLikelihood | null][] = [
    ['WRES-2', 'White appointed from shortlisting over BME', m['WRES-2']],
    ['WRES-3', 'BME entering formal disciplinary over White', m['WRES-3']],
    ['WRES-4', 'White accessing non-mandatory training over BME', m['WRES-4']],
    ['WDES-2', 'Non-disabled appointed from shortlisting over Disabled', m['WDES-2']],
    ['WDES-3', 'Disabled entering formal capability over non-disabled', m['WDES-3']],
  ];
  out.push(
    ...table(
      ['code', 'measure', 'value', 'verdict'],
      likelihoods.map(([code, label, rl]) => [
        code,
        label,
        rl ? fixed(rl.value, 2, rl.suppressed) : 'no file',
        rl ? verdict(rl) : 'no recruitment file',
      ]),
    ),
    '',
    'Pay gaps (%)',
  );
  const g = m.GPG;
  out.push(
    ...table(
      ['code', 'measure', 'mean', 'median'],
      [
        [
          'GPG',
          'hourly pay, men over women',
          fixed(g.meanHourly, 1, g.suppressed),
          fixed(g.medianHourly, 1, g.suppressed),
        ],
        [
          'GPG',
          'bonus pay, men over women',
          fixed(g.meanBonus, 1, g.bonusSuppressed),
          fixed(g.medianBonus, 1, g.bonusSuppressed),
        ],
        [
          'EPG',
          'hourly pay, White over BME',
          fixed(m.EPG.meanHourly, 1, m.EPG.suppressed),
          fixed(m.EPG.medianHourly, 1, m.EPG.suppressed),
        ],
        [
          'DPG',
          'hourly pay, non-disabled over Disabled',
          fixed(m.DPG.meanHourly, 1, m.DPG.suppressed),
          fixed(m.DPG.medianHourly, 1, m.DPG.suppressed),
        ],
      ],
    ),
    `  Bonus paid to ${fixed(g.bonusPercentMen, 1, g.bonusSuppressed)}% of men and ${fixed(g.bonusPercentWomen, 1, g.bonusSuppressed)}% of women`,
    `  Pay quartiles, lowest first (% women / % men): ${g.quartiles
      .map(
        (q) =>
          `Q${q.quartile} ${fixed(q.percentWomen, 1, q.suppressed)} / ${fixed(q.percentMen, 1, q.suppressed)}`,
      )
      .join('; ')}`,
    '',
    `Board (percentage points against the workforce)`,
    `  WRES-9  BME: voting board ${fixed(m['WRES-9'].value, 1, m['WRES-9'].suppressed)}, executive ${fixed(m['WRES-9'].executiveValue, 1, m['WRES-9'].executiveSuppressed)}`,
    `  WDES-10 Disabled: voting board ${fixed(m['WDES-10'].value, 1, m['WDES-10'].suppressed)}, executive ${fixed(m['WDES-10'].executiveValue, 1, m['WDES-10'].executiveSuppressed)}`,
    `  SENIOR  Band 8c and above: BME ${fixed(m.SENIOR.bmePercent, 1, m.SENIOR.suppressed)}%, Disabled ${fixed(m.SENIOR.disabledPercent, 1, m.SENIOR.suppressed)}%`,
    '',
    `WRES-1 / WDES-1 by staff group and band (disability declared by ${fixed(m['WDES-1-declaration'] === null ? null : m['WDES-1-declaration'] * 100, 1)}%)`,
  );
  out.push(
    ...table(
      [
        'staff group',
        'band',
        'White',
        'BME',
        'unknown',
        'BME %',
        'Disabled',
        'non-disabled',
        'unknown',
        'Disabled %',
      ],
      m['WRES-1'].map((w, i) => {
        const d = m['WDES-1'][i];
        const hide = (n: number, s: boolean) => (s ? SUPPRESSED : count(n));
        return [
          w.staffGroup,
          w.band,
          hide(w.white, w.suppressed),
          hide(w.bme, w.suppressed),
          hide(w.unknown, w.suppressed),
          fixed(w.percent, 1, w.suppressed),
          d ? hide(d.disabled, d.suppressed) : '',
          d ? hide(d.nonDisabled, d.suppressed) : '',
          d ? hide(d.unknown, d.suppressed) : '',
          d ? fixed(d.percent, 1, d.suppressed) : '',
        ];
      }),
    ),
    '',
    'INTERSECT (mean gap against White non-disabled men)',
    ...table(
      [
        'ethnicity',
        'sex',
        'disabled',
        'headcount',
        '% of staff',
        '% 8c+',
        'mean £/h',
        'median £/h',
        'gap %',
      ],
      m.INTERSECT.map((r) => {
        const s = r.suppressed;
        return [
          r.ethnicity ?? 'all',
          r.sex ?? 'all',
          r.disability ?? 'all',
          s ? SUPPRESSED : count(r.headcount),
          fixed(r.percentOfWorkforce, 1, s),
          fixed(r.percentSenior, 1, s),
          fixed(r.meanHourly, 2, s),
          fixed(r.medianHourly, 2, s),
          fixed(r.meanGapVsReference, 1, s),
        ];
      }),
    ),
  );
  return out.join('\n');
}

/** Row errors for stderr: line, column, value and rule, then how many more were not listed. */
export function formatRowErrors(
  errors: readonly TWorkforceRowError[],
  errorCount: number,
  fileNames: Record<TWorkforceRowError['file'], string>,
): string {
  const lines = [
    `The extracts were refused: ${count(errorCount)} row ${errorCount === 1 ? 'error' : 'errors'}.`,
  ];
  for (const e of errors) {
    lines.push(
      `${fileNames[e.file]} line ${e.line}, ${e.column} ${JSON.stringify(e.value)}: ${e.message}`,
    );
  }
  if (errorCount > errors.length) lines.push(`…and ${count(errorCount - errors.length)} more`);
  return lines.join('\n');
}
