import type { TWorkforceResult } from '@belonging/domain';
import { publishedWords } from './band-tables.tsx';
import { Cell, FiguresTable } from './figures-table.tsx';
import {
  formatCount,
  formatMoney,
  formatPercent,
  hiddenWords,
  intersectLabel,
} from './figures-format.ts';

/** Every combination of ethnicity, sex and disability, and every pair of them. */
export function IntersectTable({ result }: { result: TWorkforceResult }) {
  const { threshold } = result;
  return (
    <FiguresTable
      caption="Intersectional breakdown: each group's headcount, seniority and hourly pay"
      headers={[
        'Group',
        'Headcount',
        '% of workforce',
        '% at Band 8c and above',
        'Mean hourly pay',
        'Median hourly pay',
        'Mean pay gap against White non-disabled men',
        'When published',
      ]}
      note={`* ${hiddenWords(threshold).replace(/^h/, 'H')}. Shown here for the EDI team only.`}
    >
      {result.measures.INTERSECT.map((row) => {
        const hidden = row.suppressed;
        return (
          <tr
            className="nhsuk-table__row"
            key={`${row.ethnicity ?? '-'}-${row.sex ?? '-'}-${row.disability ?? '-'}`}
          >
            <Cell header>{intersectLabel(row)}</Cell>
            <Cell hidden={hidden}>{formatCount(row.headcount)}</Cell>
            <Cell hidden={hidden}>{formatPercent(row.percentOfWorkforce)}</Cell>
            <Cell hidden={hidden}>{formatPercent(row.percentSenior)}</Cell>
            <Cell hidden={hidden}>{formatMoney(row.meanHourly)}</Cell>
            <Cell hidden={hidden}>{formatMoney(row.medianHourly)}</Cell>
            <Cell hidden={hidden}>{formatPercent(row.meanGapVsReference)}</Cell>
            <Cell>{publishedWords(hidden, threshold)}</Cell>
          </tr>
        );
      })}
    </FiguresTable>
  );
}
