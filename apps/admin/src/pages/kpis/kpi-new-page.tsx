import { BackLink } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '../../components/fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { EMPTY_KPI_FORM, type KpiFormState } from './kpi-form-state.ts';
import { IndicatorHelp } from './indicator-help.tsx';
import { KpiForm } from './kpi-form.tsx';
import { useKpiChoices } from './use-kpi-choices.ts';
import { useTRPC } from '@belonging/client';

/** A new KPI: pick an NHS indicator (its definition comes pre-filled) or start from scratch. */
export function KpiNewPage() {
  const [params, setParams] = useSearchParams();
  const libraryCode = params.get('library');
  const scratch = params.get('scratch') === '1';
  const trpc = useTRPC();
  const library = useQuery(trpc.admin.library.list.queryOptions());
  const choices = useKpiChoices();
  const [picked, setPicked] = useState('');
  const [pickError, setPickError] = useState<string | undefined>();
  const indicator = library.data?.indicators.find((i) => i.code === libraryCode);
  usePageTitle(
    indicator ? `Add ${indicator.code}` : scratch ? 'Add a KPI from scratch' : 'Add a KPI',
  );

  if (library.isPending || library.isError)
    return <QueryState error={library.error} what="the indicator library" />;
  if (choices.pending || choices.error)
    return <QueryState error={choices.error} what="the strategy" />;

  if (indicator || scratch) {
    const initial: KpiFormState = indicator
      ? {
          ...EMPTY_KPI_FORM,
          unit: indicator.unit,
          direction: indicator.direction,
          frequency: indicator.frequency,
          bandLow: indicator.band ? String(indicator.band.low) : '',
          bandHigh: indicator.band ? String(indicator.band.high) : '',
        }
      : EMPTY_KPI_FORM;
    return (
      <>
        <BackLink href="/kpis/new" text="Choose another way" Link={RouterLink} />
        <h1>
          {indicator
            ? `Add ${indicator.code} from the NHS indicator library`
            : 'Add a KPI from scratch'}
        </h1>
        {choices.placements.length === 0 ? (
          <p>
            Add an ambition to the <Link to="/strategy">strategy</Link> first: every KPI sits under
            an ambition or a commitment.
          </p>
        ) : (
          <KpiForm
            key={indicator?.code ?? 'scratch'}
            mode={indicator ? { kind: 'library', indicator } : { kind: 'scratch' }}
            initial={initial}
            placements={choices.placements}
            owners={choices.owners}
          />
        )}
      </>
    );
  }

  const pickedIndicator = library.data.indicators.find((i) => i.code === picked);

  function choose(event: FormEvent) {
    event.preventDefault();
    if (!picked) return setPickError('Choose an indicator from the library');
    setPickError(undefined);
    setParams({ library: picked });
  }

  return (
    <>
      <BackLink href="/kpis" text="Back to KPIs" Link={RouterLink} />
      <h1>Add a KPI</h1>
      <form onSubmit={choose} noValidate>
        <h2>From the NHS indicator library</h2>
        <p>
          WRES, WDES, pay gaps, the EDI Improvement Plan success metrics and the EDS 2022 total,
          with their published definitions, units, directions and data sources filled in for you.
        </p>
        <SelectField
          name="library"
          label="Indicator"
          value={picked}
          onChange={setPicked}
          options={[
            { value: '', label: 'Choose an indicator' },
            ...library.data.indicators.map((i) => ({
              value: i.code,
              label: `${i.code}: ${i.title}`,
            })),
          ]}
          error={pickError}
        />
        {pickedIndicator ? (
          <IndicatorHelp code={pickedIndicator.code} title={pickedIndicator.title} />
        ) : null}
        <button className="nhsuk-button" type="submit">
          Use this indicator
        </button>
      </form>
      <h2>From scratch</h2>
      <p>For a measure of your own, such as a local target from your staff networks.</p>
      <p>
        <Link to="/kpis/new?scratch=1">Create a KPI from scratch</Link>
      </p>
    </>
  );
}
