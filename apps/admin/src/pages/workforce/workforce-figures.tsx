import type { TWorkforceResult } from '@belonging/domain';
import { formatDay, SummaryList } from '@belonging/ui';
import { BandTables } from './band-tables.tsx';
import { formatCount, formatPercent } from './figures-format.ts';
import { IntersectTable } from './intersect-table.tsx';
import { BoardTable, LikelihoodTable } from './likelihood-table.tsx';
import { PayGaps } from './pay-gaps.tsx';

/**
 * Every measure of one year, for the EDI team's own checking: figures that publication would hide
 * are shown, marked `*` with "When published: Hidden" in words.
 */
export function WorkforceFigures({ result }: { result: TWorkforceResult }) {
  const { measures } = result;
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" tabIndex={-1}>
        Figures at {formatDay(result.asOf)}
      </h2>
      <SummaryList
        rows={[
          { key: 'Staff counted', value: formatCount(result.rows.staff) },
          {
            key: 'Shortlisted applicants',
            value:
              result.rows.recruitment === null
                ? 'No recruitment file'
                : formatCount(result.rows.recruitment),
          },
          {
            key: 'Small-number threshold',
            value: `${result.threshold}: figures from fewer people are hidden when published`,
          },
        ]}
      />
      <h3>Relative likelihoods (WRES 2, 3, 4; WDES 2, 3)</h3>
      <LikelihoodTable result={result} />
      <BandTables result={result} />
      <h3>Board membership (WRES 9, WDES 10)</h3>
      <BoardTable result={result} />
      <PayGaps result={result} />
      <h3>Senior representation (Band 8c and above)</h3>
      <SummaryList
        rows={[
          { key: 'BME at Band 8c and above', value: formatPercent(measures.SENIOR.bmePercent) },
          {
            key: 'BME in the whole workforce',
            value: formatPercent(measures['WRES-9'].workforcePercent),
          },
          {
            key: 'Disabled at Band 8c and above',
            value: formatPercent(measures.SENIOR.disabledPercent),
          },
          {
            key: 'Disabled in the whole workforce',
            value: formatPercent(measures['WDES-10'].workforcePercent),
          },
        ]}
      />
      <h3>Intersectional breakdown</h3>
      <IntersectTable result={result} />
    </section>
  );
}
