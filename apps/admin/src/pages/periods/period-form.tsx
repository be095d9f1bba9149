import { ZAdminPeriodCreateInput, ZAdminPeriodUpdateInput } from '@belonging/domain';
import { ErrorSummary, PendingButton, isoDay } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { TextField } from '../../components/fields.tsx';
import { bindFields } from '../../lib/bind-fields.ts';
import { toErrorItems, useFormErrors, useTRPC } from '@belonging/client';

type Period = {
  id: string;
  label: string;
  windowOpens: Date;
  windowCloses: Date;
  boardDate: Date | null;
};

function useInvalidatePeriods() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.period.pathFilter()),
      queryClient.invalidateQueries(trpc.admin.period.pathFilter()),
    ]);
}

/** Changes a period's update window and board meeting date. */
export function EditPeriodForm({
  period,
  onDone,
}: {
  period: Period;
  onDone: (saved: boolean) => void;
}) {
  const trpc = useTRPC();
  const invalidate = useInvalidatePeriods();
  const e = useFormErrors();
  const [form, setForm] = useState({
    windowOpens: isoDay(period.windowOpens),
    windowCloses: isoDay(period.windowCloses),
    boardDate: isoDay(period.boardDate),
  });
  const field = bindFields(form, setForm, e.errors);
  const update = useMutation(
    trpc.admin.period.update.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onDone(true);
      },
      onError: e.fromServer,
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const data = e.check(
      ZAdminPeriodUpdateInput.safeParse({
        id: period.id,
        ...form,
        boardDate: form.boardDate || null,
      }),
    );
    if (data) update.mutate(data);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="edit-period">
      <h2 id="edit-period">Change {period.label}</h2>
      <ErrorSummary errors={toErrorItems(e.errors)} description={e.message ?? undefined} />
      <TextField type="date" label="Update window opens" {...field('windowOpens')} />
      <TextField type="date" label="Update window closes" {...field('windowCloses')} />
      <TextField type="date" label="Board meeting date (optional)" {...field('boardDate')} />
      <div className="bt-actions">
        <PendingButton className="nhsuk-button" type="submit" pending={update.isPending}>
          Save {period.label}
        </PendingButton>
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="button"
          onClick={() => onDone(false)}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

const EMPTY = { dateInQuarter: '', windowOpens: '', windowCloses: '', boardDate: '' };

/** Opens a new quarter; the update window defaults to the NHS rule when left empty. */
export function NewPeriodForm() {
  const trpc = useTRPC();
  const invalidate = useInvalidatePeriods();
  const e = useFormErrors();
  const [form, setForm] = useState(EMPTY);
  const field = bindFields(form, setForm, e.errors);
  const create = useMutation(
    trpc.admin.period.create.mutationOptions({
      onSuccess: async () => {
        setForm(EMPTY);
        await invalidate();
      },
      onError: e.fromServer,
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    create.reset();
    const data = e.check(
      ZAdminPeriodCreateInput.safeParse({
        dateInQuarter: form.dateInQuarter,
        windowOpens: form.windowOpens || undefined,
        windowCloses: form.windowCloses || undefined,
        boardDate: form.boardDate || null,
      }),
    );
    if (data) create.mutate(data);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-period">
      <h2 id="new-period">Open a reporting period</h2>
      {create.isSuccess ? (
        <p role="status">The reporting period {create.data.label} is open.</p>
      ) : null}
      <ErrorSummary errors={toErrorItems(e.errors)} description={e.message ?? undefined} />
      <TextField
        type="date"
        label="Any date in the quarter"
        hint="For example 2025-08-01 opens 2025/26 Q2 (July to September)"
        {...field('dateInQuarter')}
      />
      <TextField
        type="date"
        label="Update window opens (optional)"
        hint="Leave empty for 14 days before the quarter ends"
        {...field('windowOpens')}
      />
      <TextField
        type="date"
        label="Update window closes (optional)"
        hint="Leave empty for 21 days after the quarter ends"
        {...field('windowCloses')}
      />
      <TextField type="date" label="Board meeting date (optional)" {...field('boardDate')} />
      <PendingButton
        className="nhsuk-button nhsuk-button--secondary"
        type="submit"
        pending={create.isPending}
      >
        Open the period
      </PendingButton>
    </form>
  );
}
