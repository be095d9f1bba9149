import { measurementProblems, ZMeasurementInput } from '@belonging/domain';
import {
  DateInput,
  dayPartsToIso,
  ErrorSummary,
  formatDay,
  formatValue,
  PendingButton,
  SuccessBanner,
  Textarea,
  TextInput,
  type TDayParts,
} from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { TKpiDetail } from '../../lib/api-types.ts';
import { invalidateKpiAreas } from '../../lib/invalidate.ts';
import { summaryItems, useTRPC, useFormErrors } from '@belonging/client';
import { textFieldProps } from '../../lib/text-field-props.ts';

const EMPTY = {
  periodEnd: { day: '', month: '', year: '' },
  value: '',
  group: '',
  numerator: '',
  denominator: '',
  note: '',
};
const PERIOD_HINTS: Record<TKpiDetail['frequency'], string> = {
  monthly: 'This KPI is monthly: the last day of the month, for example 31 3 2026.',
  quarterly:
    'This KPI is quarterly: 30 June, 30 September, 31 December or 31 March, for example 31 3 2026.',
  annual: 'This KPI is annual: 31 March, the end of the financial year, for example 31 3 2026.',
};
const ORDER = ['periodEnd', 'value', 'group', 'numerator', 'denominator', 'note'];

/** A number typed in a form, or undefined when left empty (so the schema can say it is missing). */
const numberOrUndefined = (text: string) =>
  text.trim() === '' ? undefined : Number(text.replace(/[,%£\s]/g, ''));

export function RecordValueForm({ kpi }: { kpi: TKpiDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<typeof EMPTY & { periodEnd: TDayParts }>(EMPTY);
  const { errors, check, showServerError } = useFormErrors();
  const [saved, setSaved] = useState<string | null>(null);
  const text = textFieldProps(form, setForm, errors);

  const record = useMutation(
    trpc.kpi.recordMeasurement.mutationOptions({
      onSuccess: async (result) => {
        setForm(EMPTY);
        setSaved(
          `${formatValue(result.value, kpi.unit)} is recorded for the period ending ${formatDay(result.periodEnd)}${result.group ? ` (${result.group})` : ''}.`,
        );
        await invalidateKpiAreas(queryClient, trpc);
      },
      onError: (error) => showServerError(error, 'value'),
    }),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (record.isPending) return;
    setSaved(null);
    const periodEnd = dayPartsToIso(form.periodEnd);
    const parsed = ZMeasurementInput.safeParse({
      kpiId: kpi.id,
      periodEnd,
      value: numberOrUndefined(form.value),
      group: form.group,
      numerator: numberOrUndefined(form.numerator),
      denominator: numberOrUndefined(form.denominator),
      note: form.note,
    });
    // The same period-end and range rules the API applies, so the owner hears them before sending.
    const extra: Record<string, string> = {};
    if (parsed.success && kpi.valueRules)
      for (const p of measurementProblems(parsed.data, kpi.valueRules, new Date()))
        extra[p.field] = p.message;
    if (!parsed.success && !periodEnd)
      extra.periodEnd = 'Enter the last day of the period the value is for';
    const input = check(parsed, extra);
    if (input) record.mutate({ ...input, periodEnd });
  };

  return (
    <section aria-labelledby="record-heading" className="bt-no-print">
      <h2 id="record-heading">Record a value</h2>
      <SuccessBanner id="value-saved" title="Value recorded">
        {saved ? <p className="nhsuk-notification-banner__heading">{saved}</p> : null}
      </SuccessBanner>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={summaryItems(errors, ORDER)} />
        <DateInput
          id="periodEnd"
          legend="Period end"
          hint={`${PERIOD_HINTS[kpi.frequency]} A value already recorded for that period and group is replaced.`}
          value={form.periodEnd}
          error={errors.periodEnd}
          onChange={(periodEnd) => setForm({ ...form, periodEnd })}
        />
        <TextInput
          {...text('value')}
          label={`Value${kpi.unit === 'percent' ? ' (percent)' : kpi.unit === 'currency' ? ' (pounds)' : ''}`}
          labelClassName="nhsuk-label--s"
          inputMode="decimal"
          width={5}
        />
        <TextInput
          {...text('group')}
          label="Group (optional)"
          labelClassName="nhsuk-label--s"
          hint="Leave empty for the whole workforce. For a breakdown, the group, for example BME or Black women."
          width={20}
        />
        <TextInput
          {...text('numerator')}
          label="Numerator: the number in the measure (optional)"
          labelClassName="nhsuk-label--s"
          hint="For example, the number appointed. Give both counts or neither."
          inputMode="numeric"
          width={5}
        />
        <TextInput
          {...text('denominator')}
          label="Denominator: the number of people counted (optional)"
          labelClassName="nhsuk-label--s"
          hint="For example, the number shortlisted. Groups of fewer than 10 are hidden in breakdowns."
          inputMode="numeric"
          width={5}
        />
        <Textarea
          {...text('note')}
          label="Note (optional)"
          labelClassName="nhsuk-label--s"
          rows={2}
        />
        <PendingButton type="submit" pending={record.isPending}>
          Record value
        </PendingButton>
      </form>
    </section>
  );
}
