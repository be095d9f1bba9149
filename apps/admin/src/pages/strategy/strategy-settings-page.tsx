import { ZAdminStrategySaveInput } from '@belonging/domain';
import { BackLink, ErrorSummary, PendingButton } from '@belonging/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { RadiosField, TextField } from '../../components/fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { financialYearLabel } from '../../lib/financial-year.ts';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { toErrorItems, type TFieldErrors, useTRPC, useFormErrors } from '@belonging/client';

type Settings = {
  title: string;
  startYear: string;
  endYear: string;
  rollupRule: 'threshold' | 'worst';
  redShare: number;
};

const RULES = [
  {
    value: 'threshold',
    label:
      'Red when at least the red share of rated items are red, amber when any are red or amber',
  },
  { value: 'worst', label: 'Red when any rated item is red' },
];

/** A five-year strategy from this financial year: what a new trust starts from. */
function defaultSettings(today: Date): Settings {
  const start = Number(financialYearLabel(today).slice(0, 4));
  const label = (y: number) => `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  return {
    title: 'Belonging and Inclusion Strategy',
    startYear: label(start),
    endYear: label(start + 4),
    rollupRule: 'threshold',
    redShare: 1 / 3,
  };
}

/** The strategy's title, years and roll-up rule; a trust without a strategy creates it here. */
export function StrategySettingsPage() {
  usePageTitle('Strategy settings');
  const trpc = useTRPC();
  const settings = useQuery(trpc.admin.strategy.get.queryOptions());
  if (settings.isPending || settings.isError)
    return <QueryState error={settings.error} what="the strategy settings" />;
  return <SettingsForm saved={settings.data} />;
}

function SettingsForm({ saved }: { saved: Settings | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const e = useFormErrors();
  const initial = saved ?? defaultSettings(new Date());
  const [form, setForm] = useState({
    title: initial.title,
    startYear: initial.startYear,
    endYear: initial.endYear,
    rollupRule: initial.rollupRule,
    // Shown as a percentage, stored as a share.
    redPercent: String(Math.round(initial.redShare * 1000) / 10),
  });
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });
  const save = useMutation(
    trpc.admin.strategy.save.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          queryClient.invalidateQueries(trpc.admin.strategy.pathFilter()),
          queryClient.invalidateQueries(trpc.strategy.pathFilter()),
          queryClient.invalidateQueries(trpc.report.pathFilter()),
        ]);
        void navigate('/strategy', {
          state: {
            done: saved
              ? 'The strategy settings are saved.'
              : 'The strategy is created. Add its first ambition.',
          },
        });
      },
      onError: e.fromServer,
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const percent = form.redPercent.trim() === '' ? Number.NaN : Number(form.redPercent);
    const data = e.check(
      ZAdminStrategySaveInput.safeParse({
        title: form.title,
        startYear: form.startYear,
        endYear: form.endYear,
        rollupRule: form.rollupRule,
        redShare: Number.isFinite(percent) ? percent / 100 : 'not a number',
      }),
    );
    if (data) save.mutate(data);
  }

  // The share is typed as a percentage: say so in the message.
  const errors: TFieldErrors = {
    ...e.errors,
    ...(e.errors.redShare
      ? { redPercent: 'Enter the red share as a percentage above 0 and up to 100, like 33.3' }
      : {}),
  };
  delete errors.redShare;

  return (
    <>
      <BackLink href="/strategy" text="Back to the strategy" Link={RouterLink} />
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={toErrorItems(errors)} description={e.message ?? undefined} />
        <h1>{saved ? 'Strategy settings' : 'Create the strategy'}</h1>
        <TextField
          name="title"
          label="Title"
          value={form.title}
          onChange={(title) => set({ title })}
          error={errors.title}
        />
        <TextField
          name="startYear"
          label="First financial year"
          hint="Like 2023/24"
          width="nhsuk-input--width-10"
          value={form.startYear}
          onChange={(startYear) => set({ startYear })}
          error={errors.startYear}
        />
        <TextField
          name="endYear"
          label="Last financial year"
          hint="Like 2027/28"
          width="nhsuk-input--width-10"
          value={form.endYear}
          onChange={(endYear) => set({ endYear })}
          error={errors.endYear}
        />
        <RadiosField
          name="rollupRule"
          label="How colours roll up to commitments, ambitions and the strategy"
          value={form.rollupRule}
          onChange={(v) => set({ rollupRule: v === 'worst' ? 'worst' : 'threshold' })}
          options={RULES}
          error={errors.rollupRule}
        />
        {form.rollupRule === 'threshold' ? (
          <TextField
            name="redPercent"
            type="number"
            label="Red share (%)"
            hint="The share of rated actions and KPIs that must be red for the roll-up to be red; the usual rule is a third (33.3)"
            width="nhsuk-input--width-5"
            value={form.redPercent}
            onChange={(redPercent) => set({ redPercent })}
            error={errors.redPercent}
          />
        ) : null}
        <PendingButton className="nhsuk-button" type="submit" pending={save.isPending}>
          {saved ? 'Save settings' : 'Create strategy'}
        </PendingButton>
      </form>
    </>
  );
}
