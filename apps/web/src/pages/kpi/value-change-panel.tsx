import {
  measurementProblems,
  ZMeasurementCorrectInput,
  ZMeasurementDeleteInput,
} from '@belonging/domain';
import {
  ErrorSummary,
  formatDay,
  formatValue,
  PendingButton,
  Textarea,
  TextInput,
  WarningCallout,
} from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { TKpiDetail } from '../../lib/api-types.ts';
import { invalidateKpiAreas } from '../../lib/invalidate.ts';
import { summaryItems, useTRPC, useFormErrors } from '@belonging/client';
import { textFieldProps } from '../../lib/text-field-props.ts';

export type TSeriesRow = TKpiDetail['series'][number];
export type TValueChange = { kind: 'correct' | 'delete'; row: TSeriesRow };

const ORDER = ['value', 'numerator', 'denominator', 'reason'];

const numberOrUndefined = (text: string) =>
  text.trim() === '' ? undefined : Number(text.replace(/[,%£\s]/g, ''));
const countText = (n: number | null) => (n === null ? '' : String(n));

/** What the person is told when a value's period is inside a locked board snapshot. */
export function lockedWords(lockedPeriod: string): string {
  return `The board’s locked snapshot for ${lockedPeriod} will not change; the live figures will.`;
}

/**
 * Corrects a value (new value and reason) or, after asking, deletes it (reason). Its heading
 * takes focus when it opens, so keyboard and screen reader users land on the question.
 */
export function ValueChangePanel({
  kpi,
  change,
  onDone,
  onCancel,
}: {
  kpi: TKpiDetail;
  change: TValueChange;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const { row, kind } = change;
  const day = formatDay(row.periodEnd);
  const [form, setForm] = useState({
    value: String(row.value),
    numerator: countText(row.numerator),
    denominator: countText(row.denominator),
    reason: '',
  });
  const { errors, check, showServerError } = useFormErrors();
  const text = textFieldProps(form, setForm, errors);
  useEffect(() => heading.current?.focus(), [kind, row.id]);

  const finish = async (message: string) => {
    await invalidateKpiAreas(queryClient, trpc);
    onDone(message);
  };
  const correct = useMutation(
    trpc.kpi.correctMeasurement.mutationOptions({
      onSuccess: (saved) =>
        finish(`The value for ${day} is corrected to ${formatValue(saved.value, kpi.unit)}.`),
      onError: (error) => showServerError(error, 'value'),
    }),
  );
  const remove = useMutation(
    trpc.kpi.deleteMeasurement.mutationOptions({
      onSuccess: () => finish(`The value for ${day} is deleted.`),
      onError: (error) => showServerError(error, 'reason'),
    }),
  );
  const pending = correct.isPending || remove.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    if (kind === 'delete') {
      const input = check(ZMeasurementDeleteInput.safeParse({ id: row.id, reason: form.reason }));
      if (input) remove.mutate(input);
      return;
    }
    const value = numberOrUndefined(form.value);
    const parsed = ZMeasurementCorrectInput.safeParse({
      id: row.id,
      value,
      numerator: numberOrUndefined(form.numerator),
      denominator: numberOrUndefined(form.denominator),
      reason: form.reason,
    });
    const extra: Record<string, string> = {};
    if (kpi.valueRules && typeof value === 'number')
      for (const p of measurementProblems({ value }, kpi.valueRules)) extra[p.field] = p.message;
    const input = check(parsed, extra);
    if (input) correct.mutate(input);
  };

  const title =
    kind === 'correct' ? `Correct the value for ${day}` : `Delete the value for ${day}?`;
  return (
    <section aria-labelledby="value-change-heading" className="bt-no-print">
      <h2 id="value-change-heading" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <p>
        The value recorded now is {formatValue(row.value, kpi.unit)}.{' '}
        {kind === 'delete'
          ? 'Deleting it removes it from the live figures; the audit trail keeps it with your reason.'
          : 'The audit trail keeps the old value with your reason.'}
      </p>
      {row.lockedPeriod ? (
        <WarningCallout heading="This period is locked">
          <p>{lockedWords(row.lockedPeriod)}</p>
        </WarningCallout>
      ) : null}
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={summaryItems(errors, ORDER)} />
        {kind === 'correct' ? (
          <>
            <TextInput
              {...text('value')}
              label="Correct value"
              labelClassName="nhsuk-label--s"
              inputMode="decimal"
              width={5}
            />
            <TextInput
              {...text('numerator')}
              label="Numerator (optional)"
              labelClassName="nhsuk-label--s"
              hint="Give both counts or neither."
              inputMode="numeric"
              width={5}
            />
            <TextInput
              {...text('denominator')}
              label="Denominator (optional)"
              labelClassName="nhsuk-label--s"
              inputMode="numeric"
              width={5}
            />
          </>
        ) : null}
        <Textarea
          {...text('reason')}
          label={kind === 'correct' ? 'Reason for the correction' : 'Reason for deleting the value'}
          labelClassName="nhsuk-label--s"
          hint="Kept in the audit trail, so anyone checking the figures can see why."
          rows={2}
        />
        <div className="nhsuk-button-group">
          <PendingButton
            type="submit"
            pending={pending}
            className={kind === 'delete' ? 'nhsuk-button nhsuk-button--warning' : undefined}
          >
            {kind === 'correct' ? 'Save the correction' : 'Yes, delete the value'}
          </PendingButton>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
