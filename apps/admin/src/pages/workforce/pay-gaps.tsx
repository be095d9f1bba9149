import type { TPayGap, TWorkforceResult } from '@belonging/domain';
import { SummaryList } from '@belonging/ui';
import { Cell, FiguresTable } from './figures-table.tsx';
import { formatPercent } from './figures-format.ts';

function gapRows(label: string, gap: TPayGap) {
  return [
    { key: `${label}: mean hourly pay gap`, value: formatPercent(gap.meanHourly) },
    { key: `${label}: median hourly pay gap`, value: formatPercent(gap.medianHourly) },
  ];
}

/** Gender pay gap (with bonus and quartiles), ethnicity and disability pay gaps. */
export function PayGaps({ result }: { result: TWorkforceResult }) {
  const { GPG, EPG, DPG } = result.measures;
  return (
    <>
      <h3>Gender pay gap</h3>
      <p className="nhsuk-body-s">
        A positive gap means men are paid more than women on average; a negative gap the reverse.
      </p>
      <SummaryList
        rows={[
          ...gapRows('Gender', GPG),
          { key: 'Mean bonus pay gap', value: formatPercent(GPG.meanBonus) },
          { key: 'Median bonus pay gap', value: formatPercent(GPG.medianBonus) },
          { key: 'Men who received a bonus', value: formatPercent(GPG.bonusPercentMen) },
          { key: 'Women who received a bonus', value: formatPercent(GPG.bonusPercentWomen) },
        ]}
      />
      <FiguresTable
        caption="Pay quartiles: women and men in each quarter of hourly pay, lowest first"
        headers={['Quartile', 'Women', 'Men']}
      >
        {GPG.quartiles.map((q) => (
          <tr className="nhsuk-table__row" key={q.quartile}>
            <Cell header>{['Lower', 'Lower middle', 'Upper middle', 'Upper'][q.quartile - 1]}</Cell>
            <Cell>{formatPercent(q.percentWomen)}</Cell>
            <Cell>{formatPercent(q.percentMen)}</Cell>
          </tr>
        ))}
      </FiguresTable>
      <h3>Ethnicity and disability pay gaps</h3>
      <p className="nhsuk-body-s">
        A positive gap means White (or non-disabled) staff are paid more on average.
      </p>
      <SummaryList rows={[...gapRows('Ethnicity', EPG), ...gapRows('Disability', DPG)]} />
    </>
  );
}
