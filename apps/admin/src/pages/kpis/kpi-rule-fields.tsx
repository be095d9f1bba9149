import { CheckboxesField, RadiosField, SelectField, TextField } from '../../components/fields.tsx';
import type { KpiFormState } from './kpi-form-state.ts';
import type { TFieldErrors } from '@belonging/client';
import {
  choiceOptions,
  KPI_DIRECTION_LABELS,
  KPI_FREQUENCY_LABELS,
  KPI_UNIT_LABELS,
} from '@belonging/domain';

const UNITS = choiceOptions(KPI_UNIT_LABELS);
const DIRECTIONS = choiceOptions(KPI_DIRECTION_LABELS);
const FREQUENCIES = choiceOptions(KPI_FREQUENCY_LABELS);

/**
 * The fields that decide the KPI's colour and SPC reading: baseline, target or band, tolerance,
 * trajectory, frequency, reporting lag and SPC settings. `lockDefinition` hides unit and direction
 * for library indicators, whose published definition fixes them.
 */
export function KpiRuleFields({
  form,
  set,
  errors,
  lockDefinition,
}: {
  form: KpiFormState;
  set: (patch: Partial<KpiFormState>) => void;
  errors: TFieldErrors;
  lockDefinition: boolean;
}) {
  const isBand = form.direction === 'band';
  const setPoint = (i: number, patch: Partial<{ date: string; value: string }>) =>
    set({ trajectory: form.trajectory.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <>
      {lockDefinition ? null : (
        <>
          <SelectField
            name="unit"
            label="Unit"
            value={form.unit}
            onChange={(v) => set({ unit: v as KpiFormState['unit'] })}
            options={UNITS}
            error={errors.unit}
          />
          <RadiosField
            name="direction"
            label="Which way is better?"
            hint="A band is a range the value should stay inside, like 0.80 to 1.25 for a relative likelihood."
            value={form.direction}
            onChange={(v) => set({ direction: v as KpiFormState['direction'] })}
            options={DIRECTIONS}
            error={errors.direction}
          />
        </>
      )}
      <h2 className="nhsuk-heading-m">Baseline and {isBand ? 'band' : 'target'}</h2>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <TextField
            name="baseline.value"
            type="number"
            width="nhsuk-input--width-10"
            label="Baseline value"
            value={form.baselineValue}
            onChange={(v) => set({ baselineValue: v })}
            error={errors['baseline.value'] ?? errors.baseline}
          />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <TextField
            name="baseline.date"
            type="date"
            label="Baseline date"
            value={form.baselineDate}
            onChange={(v) => set({ baselineDate: v })}
            error={errors['baseline.date']}
          />
        </div>
      </div>
      {isBand ? (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <TextField
              name="band.low"
              type="number"
              width="nhsuk-input--width-10"
              label="Band low end"
              value={form.bandLow}
              onChange={(v) => set({ bandLow: v })}
              error={errors['band.low'] ?? errors.band}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <TextField
              name="band.high"
              type="number"
              width="nhsuk-input--width-10"
              label="Band high end"
              value={form.bandHigh}
              onChange={(v) => set({ bandHigh: v })}
              error={errors['band.high']}
            />
          </div>
        </div>
      ) : (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-half">
            <TextField
              name="target.value"
              type="number"
              width="nhsuk-input--width-10"
              label="Target value"
              value={form.targetValue}
              onChange={(v) => set({ targetValue: v })}
              error={errors['target.value'] ?? errors.target}
            />
          </div>
          <div className="nhsuk-grid-column-one-half">
            <TextField
              name="target.date"
              type="date"
              label="Target date"
              value={form.targetDate}
              onChange={(v) => set({ targetDate: v })}
              error={errors['target.date']}
            />
          </div>
        </div>
      )}
      <RadiosField
        name="tolerance.kind"
        label="Tolerance before the KPI turns red"
        inline
        value={form.toleranceKind}
        onChange={(v) => set({ toleranceKind: v as KpiFormState['toleranceKind'] })}
        options={[
          {
            value: 'relative',
            label: `Percentage of the ${isBand ? 'band width' : 'distance from baseline to target'}`,
          },
          { value: 'absolute', label: 'In the KPI’s own units' },
        ]}
        error={errors['tolerance.kind']}
      />
      <TextField
        name="tolerance.value"
        type="number"
        width="nhsuk-input--width-5"
        label="Tolerance"
        hint="Within the tolerance the KPI is amber; beyond it, red"
        value={form.toleranceValue}
        onChange={(v) => set({ toleranceValue: v })}
        error={errors['tolerance.value'] ?? errors.tolerance}
      />

      <h2 className="nhsuk-heading-m">Trajectory</h2>
      <p>
        Optional points the KPI should pass on its way to the target. Between points, the expected
        value is a straight line.
      </p>
      {form.trajectory.map((p, i) => (
        <fieldset className="nhsuk-fieldset" key={i}>
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
            Trajectory point {i + 1}
          </legend>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-one-third">
              <TextField
                name={`trajectory.${i}.date`}
                type="date"
                label={`Date of point ${i + 1}`}
                value={p.date}
                onChange={(v) => setPoint(i, { date: v })}
                error={errors[`trajectory.${i}.date`]}
              />
            </div>
            <div className="nhsuk-grid-column-one-third">
              <TextField
                name={`trajectory.${i}.value`}
                type="number"
                width="nhsuk-input--width-10"
                label={`Value of point ${i + 1}`}
                value={p.value}
                onChange={(v) => setPoint(i, { value: v })}
                error={errors[`trajectory.${i}.value`]}
              />
            </div>
            <div className="nhsuk-grid-column-one-third">
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                onClick={() => set({ trajectory: form.trajectory.filter((_, j) => j !== i) })}
              >
                Remove point {i + 1}
              </button>
            </div>
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary"
        onClick={() => set({ trajectory: [...form.trajectory, { date: '', value: '' }] })}
      >
        Add a trajectory point
      </button>

      <h2 className="nhsuk-heading-m">Reporting</h2>
      <SelectField
        name="frequency"
        label="How often it is measured"
        value={form.frequency}
        onChange={(v) => set({ frequency: v as KpiFormState['frequency'] })}
        options={FREQUENCIES}
        error={errors.frequency}
      />
      <TextField
        name="reportingLagDays"
        type="number"
        inputMode="numeric"
        width="nhsuk-input--width-5"
        label="Reporting lag in days (optional)"
        hint="How long after a period ends its value is due. Leave empty for 30 days (monthly), 45 (quarterly) or 183 (annual)."
        value={form.reportingLagDays}
        onChange={(v) => set({ reportingLagDays: v })}
        error={errors.reportingLagDays}
      />

      <details
        className="nhsuk-details"
        open={Object.keys(errors).some((k) => k.startsWith('spc.')) || undefined}
      >
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">SPC settings (Making Data Count)</span>
        </summary>
        <div className="nhsuk-details__text">
          <TextField
            name="spc.minimumPoints"
            type="number"
            inputMode="numeric"
            width="nhsuk-input--width-5"
            label="Points needed before process limits are drawn"
            value={form.spcMinimumPoints}
            onChange={(v) => set({ spcMinimumPoints: v })}
            error={errors['spc.minimumPoints']}
          />
          <TextField
            name="spc.shiftLength"
            type="number"
            inputMode="numeric"
            width="nhsuk-input--width-5"
            label="Shift length (6 to 8 points)"
            value={form.spcShiftLength}
            onChange={(v) => set({ spcShiftLength: v })}
            error={errors['spc.shiftLength']}
          />
          <TextField
            name="spc.trendLength"
            type="number"
            inputMode="numeric"
            width="nhsuk-input--width-5"
            label="Trend length (6 to 8 points)"
            value={form.spcTrendLength}
            onChange={(v) => set({ spcTrendLength: v })}
            error={errors['spc.trendLength']}
          />
          <CheckboxesField
            name="spc.screenOutliers"
            label="Moving-range outliers"
            values={form.spcScreenOutliers ? ['yes'] : []}
            onChange={(v) => set({ spcScreenOutliers: v.includes('yes') })}
            options={[
              { value: 'yes', label: 'Screen out moving ranges above 3.267 times the mean' },
            ]}
            small
          />
          <RadiosField
            name="spc.conflict"
            label="A point that is both improvement and concern shows as"
            inline
            value={form.spcConflict}
            onChange={(v) => set({ spcConflict: v as KpiFormState['spcConflict'] })}
            options={[
              { value: 'improvement', label: 'Improvement' },
              { value: 'concern', label: 'Concern' },
            ]}
          />
        </div>
      </details>
    </>
  );
}
