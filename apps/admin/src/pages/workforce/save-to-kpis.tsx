import { ErrorSummary, PendingButton, SuccessBanner } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { CheckboxesField } from '../../components/fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { plural } from '../../lib/plural.ts';
import { Cell, FiguresTable } from './figures-table.tsx';
import { describeServerError, useTRPC } from '@belonging/client';

type TPlanKpi = {
  kpiCode: string;
  title: string;
  status: 'present' | 'archived' | 'can_create' | 'cannot_create';
  reason: string | null;
  values: unknown[];
  replaces: number;
};

function whatSavingDoes(k: TPlanKpi): string {
  const values = plural(k.values.length, 'value');
  if (k.status === 'present') {
    return k.replaces > 0
      ? `Writes ${values}, replacing the ${plural(k.replaces, 'value')} already recorded for this date`
      : `Writes ${values}`;
  }
  if (k.status === 'can_create')
    return `Not one of your KPIs: tick it below to add it and write ${values}`;
  return `Not written: ${k.reason ?? 'not one of your KPIs'}`;
}

/**
 * "Save to KPIs": what would be written and replaced (from the API's plan), which missing library
 * KPIs to add, a confirmation, then a banner naming what was saved.
 */
export function SaveToKpis({ uploadId }: { uploadId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.admin.workforce.byId.queryOptions({ id: uploadId }));
  const [add, setAdd] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLHeadingElement>(null);
  const save = useMutation(
    trpc.admin.workforce.save.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        void queryClient.invalidateQueries(trpc.admin.workforce.pathFilter());
        void queryClient.invalidateQueries(trpc.admin.kpi.pathFilter());
      },
    }),
  );
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  if (detail.isPending || detail.isError) {
    return <QueryState error={detail.error} what="what saving would do" />;
  }
  const kpis = detail.data.plan.kpis as TPlanKpi[];
  const writes = kpis.filter((k) => k.status === 'present' || add.includes(k.kpiCode));
  const replaces = writes.reduce((sum, k) => sum + k.replaces, 0);
  const creatable = kpis.filter((k) => k.status === 'can_create');
  const saved = save.data;
  const error = save.isError ? describeServerError(save.error).message : null;

  return (
    <section aria-labelledby="save-title">
      <h2 id="save-title">Save to KPIs</h2>
      <SuccessBanner id="workforce-saved" focus>
        {saved ? (
          <p>
            Saved the figures at {saved.asOf} to {plural(saved.kpisWritten.length, 'KPI')}:{' '}
            {saved.kpisWritten.join(', ')}. {plural(saved.written, 'value')} written
            {saved.replaced > 0 ? `, ${plural(saved.replaced, 'value')} replaced` : ''}.
            {saved.created.length > 0
              ? ` Added from the library: ${saved.created.join(', ')}.`
              : ''}
          </p>
        ) : null}
      </SuccessBanner>
      {error ? (
        <ErrorSummary errors={[]} title="The figures were not saved" description={error} />
      ) : null}
      <FiguresTable
        caption="What saving these figures does to each KPI"
        headers={['KPI', 'What saving does']}
      >
        {kpis.map((k) => (
          <tr className="nhsuk-table__row" key={k.kpiCode}>
            <Cell header>
              {k.kpiCode}: {k.title}
            </Cell>
            <Cell>{whatSavingDoes(k)}</Cell>
          </tr>
        ))}
      </FiguresTable>
      {detail.data.plan.skipped.length > 0 ? (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              {plural(detail.data.plan.skipped.length, 'figure')} not saved, and why
            </span>
          </summary>
          <div className="nhsuk-details__text">
            <ul>
              {detail.data.plan.skipped.map((s) => (
                <li key={`${s.kpiCode}-${s.group}`}>
                  {s.kpiCode}
                  {s.group ? ` (${s.group})` : ''}: {s.reason}
                </li>
              ))}
            </ul>
          </div>
        </details>
      ) : null}
      {creatable.length > 0 ? (
        <CheckboxesField
          name="addKpiCodes"
          label="Add these library KPIs to your strategy"
          hint="They are not yet KPIs of your trust. Ticked ones are created and given this year's figures."
          values={add}
          onChange={setAdd}
          options={creatable.map((k) => ({ value: k.kpiCode, label: `${k.kpiCode}: ${k.title}` }))}
        />
      ) : null}
      {confirming && writes.length === 0 ? (
        <div className="nhsuk-inset-text">
          <h3 tabIndex={-1} ref={question}>
            None of these figures has a KPI to go to
          </h3>
          <p>Tick a library KPI above to add it, or add the KPIs on the KPIs page first.</p>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => setConfirming(false)}
          >
            Back
          </button>
        </div>
      ) : confirming ? (
        <div className="nhsuk-inset-text">
          <h3 tabIndex={-1} ref={question}>
            Save these figures to {plural(writes.length, 'KPI')}?
          </h3>
          <p>
            {writes.map((k) => k.kpiCode).join(', ')}.{' '}
            {replaces > 0
              ? `${plural(replaces, 'value')} already recorded for this date will be replaced.`
              : 'No values are replaced.'}
          </p>
          <ConfirmButtons
            text="Yes, save to KPIs"
            pending={save.isPending}
            onConfirm={() => save.mutate({ id: uploadId, addKpiCodes: add })}
            cancel={() => setConfirming(false)}
          />
        </div>
      ) : (
        <PendingButton pending={false} onClick={() => setConfirming(true)}>
          Save to KPIs
        </PendingButton>
      )}
    </section>
  );
}
