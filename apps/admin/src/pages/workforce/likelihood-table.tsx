import type { TBoardGap, TLikelihood, TWorkforceResult } from '@belonging/domain';
import { Cell, FiguresTable } from './figures-table.tsx';
import {
  formatCount,
  formatPercent,
  formatPoints,
  formatRatio,
  hiddenWords,
  likelihoodVerdict,
} from './figures-format.ts';

type TLikelihoodRow = {
  code: string;
  what: string;
  minority: string;
  groups: [string, string];
  rl: TLikelihood | null;
};

function pool(rl: TLikelihood | null, side: 'numerator' | 'denominator', group: string): string {
  if (!rl) return 'No recruitment file';
  const { selected, pool: of } = rl[side];
  return `${group}: ${formatCount(selected)} of ${formatCount(of)}`;
}

/** Relative likelihoods with the 0.80–1.25 non-adverse range verdict in words. */
export function LikelihoodTable({ result }: { result: TWorkforceResult }) {
  const m = result.measures;
  const rows: TLikelihoodRow[] = [
    {
      code: 'WRES-2',
      what: 'White over BME applicants being appointed from shortlisting',
      minority: 'BME applicants',
      groups: ['White', 'BME'],
      rl: m['WRES-2'],
    },
    {
      code: 'WRES-3',
      what: 'BME over White staff entering a formal disciplinary process',
      minority: 'BME staff',
      groups: ['BME', 'White'],
      rl: m['WRES-3'],
    },
    {
      code: 'WRES-4',
      what: 'White over BME staff accessing non-mandatory training',
      minority: 'BME staff',
      groups: ['White', 'BME'],
      rl: m['WRES-4'],
    },
    {
      code: 'WDES-2',
      what: 'Non-disabled over Disabled applicants being appointed from shortlisting',
      minority: 'Disabled applicants',
      groups: ['Non-disabled', 'Disabled'],
      rl: m['WDES-2'],
    },
    {
      code: 'WDES-3',
      what: 'Disabled over non-disabled staff entering the formal capability process',
      minority: 'Disabled staff',
      groups: ['Disabled', 'Non-disabled'],
      rl: m['WDES-3'],
    },
  ];
  return (
    <FiguresTable
      caption="Relative likelihoods (1.00 means equal; above 1.00 the minority group is worse off)"
      headers={['Measure', 'Relative likelihood', 'Verdict', 'Selected of pool']}
    >
      {rows.map((row) => (
        <tr className="nhsuk-table__row" key={row.code}>
          <Cell header>
            {row.code}: {row.what}
          </Cell>
          <Cell>
            {row.rl ? formatRatio(row.rl.value) : 'Not available: no recruitment file'}
            {row.rl?.suppressed ? ` (${hiddenWords(result.threshold)})` : ''}
          </Cell>
          <Cell>
            {row.rl
              ? likelihoodVerdict(row.rl, row.minority)
              : 'Upload a recruitment file to see it'}
          </Cell>
          <Cell>
            {pool(row.rl, 'numerator', row.groups[0])}; {pool(row.rl, 'denominator', row.groups[1])}
          </Cell>
        </tr>
      ))}
    </FiguresTable>
  );
}

function BoardRows({ code, gap, group }: { code: string; gap: TBoardGap; group: string }) {
  return (
    <>
      <tr className="nhsuk-table__row">
        <Cell header>
          {code} ({group} %): voting board members
        </Cell>
        <Cell>{formatPercent(gap.boardPercent)}</Cell>
        <Cell>{formatPercent(gap.workforcePercent)}</Cell>
        <Cell>{formatPoints(gap.value)}</Cell>
      </tr>
      <tr className="nhsuk-table__row">
        <Cell header>
          {code} ({group} %): executive board members
        </Cell>
        <Cell>{formatPercent(gap.executivePercent)}</Cell>
        <Cell>{formatPercent(gap.workforcePercent)}</Cell>
        <Cell>{formatPoints(gap.executiveValue)}</Cell>
      </tr>
    </>
  );
}

/** WRES 9 and WDES 10: the board against the whole workforce, in percentage points. */
export function BoardTable({ result }: { result: TWorkforceResult }) {
  return (
    <FiguresTable
      caption="WRES 9 and WDES 10: board membership against the workforce (BME % for WRES, Disabled % for WDES)"
      headers={['Board', 'Board %', 'Workforce %', 'Difference (board minus workforce)']}
    >
      <BoardRows code="WRES-9" gap={result.measures['WRES-9']} group="BME" />
      <BoardRows code="WDES-10" gap={result.measures['WDES-10']} group="Disabled" />
    </FiguresTable>
  );
}
