import { ZAdminKpiRulesInput } from '@belonging/domain';
import { keepPreviousData, skipToken, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { KpiPreviewReading } from './kpi-preview-reading.tsx';
import { kpiRulesFrom, type KpiFormState } from './kpi-form-state.ts';
import { useTRPC } from '@belonging/client';

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
 * its colour (with the word), its planned path and its SPC reading, before anything is saved.
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
          <KpiPreviewReading
            rules={parsed.data}
            preview={preview.data}
            title={title || 'This KPI'}
          />
        )}
      </div>
    </section>
  );
}
