import { previousFinancialYear } from '@belonging/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SelectField } from '../../components/fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { recentFinancialYears } from '../../lib/financial-year.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { EdsComparison } from './eds-comparison.tsx';
import { EdsForm } from './eds-form.tsx';
import { useTRPC } from '@belonging/client';

/** The year's EDS 2022 assessment: a score and evidence per outcome, with the total and rating. */
export function EdsPage() {
  usePageTitle('EDS 2022');
  const trpc = useTRPC();
  const years = recentFinancialYears(new Date(), 5);
  const [year, setYear] = useState(years[0] ?? '2025/26');
  const assessment = useQuery(trpc.admin.eds.get.queryOptions({ year }));
  const previousYear = previousFinancialYear(year) ?? year;
  const previous = useQuery(trpc.admin.eds.get.queryOptions({ year: previousYear }));
  return (
    <>
      <h1>EDS 2022 assessment</h1>
      <p>
        Score each of the eleven Equality Delivery System outcomes with your stakeholders: 0
        Undeveloped, 1 Developing, 2 Achieving or 3 Excelling. The total and rating are worked out
        for you.
      </p>
      <SelectField
        name="year"
        label="Financial year"
        value={year}
        onChange={setYear}
        options={years.map((y) => ({ value: y, label: y }))}
      />
      {assessment.isPending || assessment.isError ? (
        <QueryState error={assessment.error} what="the assessment" />
      ) : (
        <EdsForm key={year} year={year} saved={assessment.data} />
      )}
      {assessment.data && previous.data ? (
        <EdsComparison
          year={year}
          previousYear={previousYear}
          now={assessment.data.scores}
          last={previous.data.scores}
        />
      ) : null}
    </>
  );
}
