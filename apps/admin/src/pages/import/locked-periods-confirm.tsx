import { lockedPeriodWarning, showNumber, type TLockedPeriodRows } from '@belonging/domain';
import { WarningCallout } from '@belonging/ui';
import { CheckboxesField } from '../../components/fields.tsx';
import { plural } from '../../lib/plural.ts';

export const UNTICKED_LOCKED_ERROR =
  'Tick the box to confirm you want to import values for a locked quarter';

/** "2026/27 Q2" or "2026/27 Q1 and 2026/27 Q2". */
function labelsOf(periods: readonly TLockedPeriodRows[]): string {
  const labels = periods.map((p) => p.label);
  return labels.length <= 1
    ? (labels[0] ?? '')
    : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/**
 * Values for a locked quarter change the live figures but not the board's frozen snapshot: each
 * quarter says so, and the person ticks to confirm before the import goes ahead.
 */
export function LockedPeriodsConfirm({
  periods,
  ticked,
  error,
  onChange,
}: {
  periods: readonly TLockedPeriodRows[];
  ticked: boolean;
  error?: string | undefined;
  onChange: (ticked: boolean) => void;
}) {
  const many = periods.length > 1;
  return (
    <>
      <WarningCallout heading={many ? 'Values for locked quarters' : 'Values for a locked quarter'}>
        {periods.map((p) => (
          <p key={p.label}>
            {lockedPeriodWarning(p.label)} {plural(p.rowCount, 'row')} of the file{' '}
            {p.rowCount === 1 ? 'is' : 'are'} for it, from line {showNumber(p.firstLine)}.
          </p>
        ))}
      </WarningCallout>
      <CheckboxesField
        name="confirmLockedPeriods"
        label={many ? 'Import values for locked quarters' : 'Import values for a locked quarter'}
        error={error}
        values={ticked ? ['yes'] : []}
        onChange={(values) => onChange(values.includes('yes'))}
        options={[
          {
            value: 'yes',
            label: `I understand: import the values for ${labelsOf(periods)}, which change the live figures but not the board’s snapshot`,
          },
        ]}
      />
    </>
  );
}
