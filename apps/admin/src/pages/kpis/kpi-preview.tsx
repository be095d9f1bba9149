import { REASON_LABELS, ZAdminKpiRulesInput, type TReason } from '@belonging/domain';
import {
  AssuranceIcon,
  RagTag,
  SpcChart,
  VariationIcon,
  formatValue,
  formatGap,
} from '@belonging/ui';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTRPC } from '../../lib/trpc.ts';
import { kpiRulesFrom, type KpiFormState } from './kpi-form-state.ts';

/** The form's rules after the person stops typing, so the preview does not ask on every key. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * What the KPI would show with these settings, worked out by the API on the KPI's existing data:
 * its colour (with the word) and its SPC reading, before anything is saved.
 */
export function KpiPreview({
  form,
  kpiId,
  title,
}: {
  form: KpiFormState;
  kpiId?: string;
  title: string;
}) {
  const trpc = useTRPC();
  const rules = useSettled(kpiRulesFrom(form), 400);
  const parsed = ZAdminKpiRulesInput.safeParse(rules);
  const preview = useQuery({
    ...trpc.admin.kpi.preview.queryOptions(
      parsed.success ? { definition: parsed.data, kpiId } : skipToken,
    ),
    placeholderData: keepPreviousData,
  });

  return (
    <section className="nhsuk-card" aria-labelledby="kpi-preview-heading">
      <div className="nhsuk-card__content" aria-live="polite">
        <h2 className="nhsuk-card__heading" id="kpi-preview-heading">
          Preview
        </h2>
        {!parsed.success ? (
          <p>
            Enter the baseline and the {form.direction === 'band' ? 'band' : 'target'} to see the
            colour and SPC reading this KPI would show.
          </p>
        ) : preview.isPending ? (
          <p role="status">Working out the preview…</p>
        ) : preview.isError ? (
          <p>The preview is not available: {preview.error.message}</p>
        ) : (
          <>
            <p>
              Colour now: <RagTag rag={preview.data.assessment.rag} />{' '}
              {REASON_LABELS[preview.data.assessment.reason as TReason] ?? ''}
              {preview.data.assessment.stale ? ' (latest value is out of date)' : ''}
            </p>
            {preview.data.assessment.actual !== null ? (
              <p className="nhsuk-body-s">
                Latest value {formatValue(preview.data.assessment.actual, form.unit)}
                {preview.data.assessment.expected !== null
                  ? `, expected ${formatValue(preview.data.assessment.expected, form.unit)}`
                  : ''}
                : {formatGap(preview.data.assessment.gap, form.unit)}.
              </p>
            ) : (
              <p className="nhsuk-body-s">
                No values recorded yet: the KPI is not rated until its first value is imported or
                entered.
              </p>
            )}
            <p className="nhsuk-body-s">
              <VariationIcon variation={preview.data.spc.variation} />{' '}
              <AssuranceIcon assurance={preview.data.spc.assurance} />
            </p>
            {preview.data.series.length > 0 ? (
              <SpcChart
                id="kpi-preview-chart"
                title={`${title || 'This KPI'}: SPC chart with these settings`}
                unit={form.unit}
                points={preview.data.series.map((m, i) => ({
                  date: m.periodEnd,
                  value: m.value,
                  signal: preview.data.spc.points[i]?.signal ?? null,
                }))}
                mean={preview.data.spc.mean}
                upperLimit={preview.data.spc.upperLimit}
                lowerLimit={preview.data.spc.lowerLimit}
                target={preview.data.assessment.target}
              />
            ) : null}
          </>
        )}
      </div>
    </section>
  );
}
