import { ErrorSummary, PendingButton, SummaryList } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { SelectField, TextArea, TextField, type Option } from '../../components/fields.tsx';
import { bindFields } from '../../lib/bind-fields.ts';
import type { KpiFormState } from './kpi-form-state.ts';
import { kpiResolver, type TKpiFormMode, type TKpiSubmit } from './kpi-form-resolver.ts';
import { IndicatorHelp } from './indicator-help.tsx';
import { KpiPreview } from './kpi-preview.tsx';
import { KpiRangeFields } from './kpi-range-fields.tsx';
import { KpiRuleFields } from './kpi-rule-fields.tsx';
import { toErrorItems, useSchemaForm, useTRPC, type TFieldErrors } from '@belonging/client';

/** Creates a KPI (from the library or from scratch) or changes one, with a live preview beside it. */
export function KpiForm({
  mode,
  initial,
  placements,
  owners,
}: {
  mode: TKpiFormMode;
  initial: KpiFormState;
  placements: Option[];
  owners: Option[];
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const {
    values: form,
    set,
    errors: found,
    message,
    submit,
    showServerErrors,
  } = useSchemaForm({
    defaultValues: initial,
    resolver: kpiResolver(mode),
  });
  const onSuccess = async () => {
    await queryClient.invalidateQueries(trpc.kpi.pathFilter());
    await queryClient.invalidateQueries(trpc.admin.kpi.pathFilter());
    const name = form.code.trim() || (mode.kind === 'library' ? mode.indicator.code : 'The KPI');
    void navigate('/kpis', { state: { done: `${name} is saved.` } });
  };
  const create = useMutation(
    trpc.admin.kpi.create.mutationOptions({ onSuccess, onError: showServerErrors }),
  );
  const fromLibrary = useMutation(
    trpc.admin.kpi.createFromLibrary.mutationOptions({ onSuccess, onError: showServerErrors }),
  );
  const update = useMutation(
    trpc.admin.kpi.update.mutationOptions({ onSuccess, onError: showServerErrors }),
  );
  const pending = create.isPending || fromLibrary.isPending || update.isPending;

  const send = (input: TKpiSubmit) => {
    if (input.kind === 'library') fromLibrary.mutate(input.data);
    else if (input.kind === 'edit') update.mutate(input.data);
    else create.mutate(input.data);
  };

  // The schema names the placement pair as commitmentId; the form has one list for both.
  const errors: TFieldErrors = {};
  for (const [k, v] of Object.entries(found))
    errors[k === 'commitmentId' || k === 'ambitionId' ? 'placement' : k] ??= v;
  const isLibrary = mode.kind === 'library';
  const field = bindFields(form, set, errors);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <form onSubmit={submit(send)} noValidate>
          <ErrorSummary errors={toErrorItems(errors)} description={message ?? undefined} />
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
