import { formatDay, InsetText, WarningCallout } from '@belonging/ui';
import { updateWindowState } from '@belonging/domain';

type TWindowPeriod = {
  label: string;
  windowOpens: Date;
  windowCloses: Date;
  /** The current period, when it is already locked and updates count towards this one instead. */
  lockedBefore: string | null;
} | null;

/** Why updates made now count towards a later period (whose window has not opened yet). */
function LockedNote({ period }: { period: NonNullable<TWindowPeriod> }) {
  if (!period.lockedBefore) return null;
  return (
    <p data-testid="locked-before">
      The board snapshot for {period.lockedBefore} is locked, so updates you make now count towards{' '}
      {period.label}.
    </p>
  );
}

/** The quarter's update window in words: when it opens, and above all when it closes. */
export function UpdateWindow({ period }: { period: TWindowPeriod }) {
  if (!period) {
    return (
      <InsetText>
        <p>No update window is open yet. The EDI team opens one for each quarter.</p>
      </InsetText>
    );
  }
  const state = updateWindowState(period, new Date());
  if (state === 'open') {
    return (
      <WarningCallout heading={`Updates for ${period.label} are open`}>
        <p data-testid="window-closes">
          Update each action by <strong>{formatDay(period.windowCloses)}</strong>, when the window
          closes. It opened on {formatDay(period.windowOpens)}.
        </p>
      </WarningCallout>
    );
  }
  return (
    <InsetText>
      <LockedNote period={period} />
      <p data-testid="window-closes">
        {state === 'upcoming'
          ? `Updates for ${period.label} open on ${formatDay(period.windowOpens)} and close on ${formatDay(period.windowCloses)}.`
          : `The update window for ${period.label} closed on ${formatDay(period.windowCloses)}. Updates you make now still count, but late.`}
      </p>
    </InsetText>
  );
}
