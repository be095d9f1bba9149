import {
  ZAdminKpiCreateInput,
  ZAdminKpiFromLibraryInput,
  ZAdminKpiUpdateInput,
} from '@belonging/domain';
import { ErrorSummary, PendingButton, SummaryList } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { SelectField, TextArea, TextField, type Option } from '../../components/fields.tsx';
import { bindFields } from '../../lib/bind-fields.ts';
import { readTagFields } from '../../lib/tags.ts';
import { kpiRulesFrom, placementFrom, type KpiFormState } from './kpi-form-state.ts';
import { IndicatorHelp } from './indicator-help.tsx';
import { KpiPreview } from './kpi-preview.tsx';
import { KpiRangeFields } from './kpi-range-fields.tsx';
import { KpiRuleFields } from './kpi-rule-fields.tsx';
import { toErrorItems, type TFieldErrors, useTRPC, useFormErrors } from '@belonging/client';

export type LibraryIndicator = {
  code: string;
  title: string;
  definition: string;
  unit: string;
  direction: string;
  dataSource: string;
};

type Mode =
  | { kind: 'scratch' }
  | { kind: 'library'; indicator: LibraryIndicator }
  | {
      kind: 'edit';
      id: string;
      version: number;
      keptTags: { framework: 'wres' | 'wdes' | 'edi_plan' | 'eds'; code: string }[];
    };

/** Creates a KPI (from the library or from scratch) or changes one, with a live preview beside it. */
export function KpiForm({
  mode,
  initial,
  placements,
  owners,
}: {
  mode: Mode;
  initial: KpiFormState;
  placements: Option[];
  owners: Option[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const e = useFormErrors();
  const [tagErrors, setTagErrors] = useState<TFieldErrors>({});
  const [form, setForm] = useState(initial);
  const set = (patch: Partial<KpiFormState>) => setForm((f) => ({ ...f, ...patch }));
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.kpi.pathFilter());
    await queryClient.invalidateQueries(trpc.admin.kpi.pathFilter());
    const name = form.code.trim() || (mode.kind === 'library' ? mode.indicator.code : 'The KPI');
    void navigate('/kpis', { state: { done: `${name} is saved.` } });
  };
  const create = useMutation(
    trpc.admin.kpi.create.mutationOptions({ onSuccess, onError: e.fromServer }),
  );
  const fromLibrary = useMutation(
    trpc.admin.kpi.createFromLibrary.mutationOptions({ onSuccess, onError: e.fromServer }),
  );
  const update = useMutation(
    trpc.admin.kpi.update.mutationOptions({ onSuccess, onError: e.fromServer }),
  );
  const pending = create.isPending || fromLibrary.isPending || update.isPending;

  function submit(event: FormEvent) {
    event.preventDefault();
    const rules = kpiRulesFrom(form);
    const placement = placementFrom(form.placement);
    const ownerId = form.ownerId || null;
    if (mode.kind === 'library') {
      const data = e.check(
        ZAdminKpiFromLibraryInput.safeParse({
          libraryCode: mode.indicator.code,
          ...placement,
          code: form.code.trim() || undefined,
          title: form.title.trim() || undefined,
          baseline: rules.baseline,
          target: rules.target,
          band: rules.band,
          tolerance: rules.tolerance,
          trajectory: rules.trajectory,
          frequency: rules.frequency,
          reportingLagDays: rules.reportingLagDays,
          ownerId,
          spc: rules.spc,
          rangeLow: rules.rangeLow,
          rangeHigh: rules.rangeHigh,
        }),
      );
      if (data) fromLibrary.mutate(data);
      return;
    }
    const typed = readTagFields(form);
    setTagErrors(typed.errors);
    const tagsOk = Object.keys(typed.errors).length === 0;
    const kept = mode.kind === 'edit' ? mode.keptTags : [];
    const text = {
      code: form.code,
      title: form.title,
      definition: form.definition,
      dataSource: form.dataSource,
      ownerId,
      tags: [...typed.tags, ...kept],
    };
    if (mode.kind === 'edit') {
      const data = e.check(
        ZAdminKpiUpdateInput.safeParse({
          id: mode.id,
          expectedVersion: mode.version,
          ...placement,
          ...text,
          ...rules,
        }),
      );
      if (data && tagsOk) update.mutate(data);
      return;
    }
    const data = e.check(ZAdminKpiCreateInput.safeParse({ ...placement, ...text, ...rules }));
    if (data && tagsOk) create.mutate(data);
  }

  // The schema names the placement pair as commitmentId; the form has one list for both.
  const raw = { ...e.errors, ...tagErrors };
  const errors: TFieldErrors = {};
  for (const [k, v] of Object.entries(raw))
    errors[k === 'commitmentId' || k === 'ambitionId' ? 'placement' : k] ??= v;
  const isLibrary = mode.kind === 'library';
  const field = bindFields(form, setForm, errors);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={toErrorItems(errors)} description={e.message ?? undefined} />
          {isLibrary ? (
            <>
              <SummaryList
                rows={[
                  { key: 'Indicator', value: `${mode.indicator.code}: ${mode.indicator.title}` },
                  { key: 'Definition', value: mode.indicator.definition },
                ]}
              />
              <IndicatorHelp code={mode.indicator.code} title={mode.indicator.title} level={2} />
            </>
          ) : null}
          <SelectField
            label="Where the KPI sits in the strategy"
            options={[{ value: '', label: 'Choose an ambition or commitment' }, ...placements]}
            {...field('placement')}
          />
          <TextField
            label={isLibrary ? 'KPI code (optional)' : 'KPI code'}
            hint={
              isLibrary
                ? `Leave empty to use ${mode.indicator.code}`
                : 'Letters, numbers, dots and hyphens, like WRES-2 or LOCAL-1'
            }
            width="nhsuk-input--width-10"
            {...field('code')}
          />
          <TextField
            label={isLibrary ? 'Title (optional)' : 'Title'}
            hint={isLibrary ? 'Leave empty to use the library title' : undefined}
            {...field('title')}
          />
          {isLibrary ? null : (
            <>
              <TextArea
                label="Definition (optional)"
                hint="How the value is worked out, so anyone can check it"
                {...field('definition')}
              />
              <TextField label="Data source (optional)" {...field('dataSource')} />
            </>
          )}
          <SelectField
            label="KPI owner (optional)"
            options={[{ value: '', label: 'No owner' }, ...owners]}
            {...field('ownerId')}
          />
          <KpiRuleFields form={form} set={set} errors={errors} lockDefinition={isLibrary} />
          <KpiRangeFields form={form} set={set} errors={errors} />
          {isLibrary ? null : (
            <>
              <TextField
                label="NHS EDI Improvement Plan codes (optional)"
                hint="Separate codes with commas, like 2a, 3a"
                {...field('ediPlanTags')}
              />
              <TextField
                label="EDS 2022 outcomes (optional)"
                hint="Separate outcomes with commas, like 2B"
                {...field('edsTags')}
              />
            </>
          )}
          <PendingButton className="nhsuk-button" type="submit" pending={pending}>
            {mode.kind === 'edit' ? 'Save KPI' : 'Create KPI'}
          </PendingButton>
        </form>
      </div>
      <div className="nhsuk-grid-column-one-third">
        <KpiPreview
          form={form}
          kpiId={mode.kind === 'edit' ? mode.id : undefined}
          title={form.title || (isLibrary ? mode.indicator.title : '')}
        />
      </div>
    </div>
  );
}
