import { unitRangeOf, showNumber } from '@belonging/domain';
import { TextField } from '../../components/fields.tsx';
import type { KpiFormState } from './kpi-form-state.ts';
import type { TFieldErrors } from '@belonging/client';

/**
 * The KPI's own sensible range, inside its unit's: owners' values, imports, the baseline and the
 * target outside it are refused. Empty keeps the unit's range.
 */
export function KpiRangeFields({
  form,
  set,
  errors,
}: {
  form: KpiFormState;
  set: (patch: Partial<KpiFormState>) => void;
  errors: TFieldErrors;
}) {
  const unit = unitRangeOf({ unit: form.unit, code: form.code });
  return (
    <>
      <h2 className="nhsuk-heading-m">Sensible range (optional)</h2>
      <p>
        Values outside this range are refused as typing slips. Leave both empty to allow any value
        {form.unit === 'percent' ? ' from 0 to 100 (−100 to 100 for a gap or a difference)' : ''}
        {form.unit !== 'percent'
          ? ` from ${showNumber(unit.low)} to ${showNumber(unit.high)} for ${unit.kind}`
          : ''}
        .
      </p>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <TextField
            name="rangeLow"
            type="number"
            width="nhsuk-input--width-10"
            label="Lowest sensible value"
            value={form.rangeLow}
            onChange={(v) => set({ rangeLow: v })}
            error={errors.rangeLow}
          />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <TextField
            name="rangeHigh"
            type="number"
            width="nhsuk-input--width-10"
            label="Highest sensible value"
            value={form.rangeHigh}
            onChange={(v) => set({ rangeHigh: v })}
            error={errors.rangeHigh}
          />
        </div>
      </div>
    </>
  );
}
