import { closeWindowNow, openWindowNow, type TUpdateWindowState } from '@belonging/domain';
import { ErrorSummary, formatDay } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ConfirmButtons } from '../../components/buttons.tsx';
import { useTRPC, useFormErrors } from '@belonging/client';

export type TWindowMove = 'open' | 'close';

type Period = {
  id: string;
  label: string;
  endDate: Date;
  windowOpens: Date;
  windowCloses: Date;
  lockedAt: Date | null;
  windowState: TUpdateWindowState;
};

/** The id of a period's "Open/Close the window now" button, so Cancel can hand focus back. */
export const windowButtonId = (periodId: string) => `window-now-${periodId}`;

/**
 * The one closed window worth reopening: the newest unlocked period whose window has closed (a late
 * update for last quarter). Older ones stay closed unless their dates are changed.
 */
export function reopenableId(newestFirst: readonly Period[]): string | null {
  return newestFirst.find((p) => !p.lockedAt && p.windowState === 'closed')?.id ?? null;
}

/**
 * Beside a period's window dates: close it now while it is open; open it now while it is not open
 * yet, or when it is the newest closed one (`canReopen`). None for a locked period.
 */
export function WindowNowButton({
  period,
  canReopen,
  onAsk,
}: {
  period: Period;
  canReopen: boolean;
  onAsk: (move: TWindowMove) => void;
}) {
  if (period.lockedAt || (period.windowState === 'closed' && !canReopen)) return null;
  const move: TWindowMove = period.windowState === 'open' ? 'close' : 'open';
  return (
    <button
      type="button"
      id={windowButtonId(period.id)}
      className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
      onClick={() => onAsk(move)}
    >
      {move === 'open' ? 'Open the window now' : 'Close the window now'}{' '}
      <span className="nhsuk-u-visually-hidden">for {period.label}</span>
    </button>
  );
}

/** What the move would make the window, worked out by the same rule the server applies. */
function planMove(period: Period, move: TWindowMove, today: Date) {
  try {
    const window = (move === 'open' ? openWindowNow : closeWindowNow)(period, today);
    return { window, problem: null };
  } catch (error) {
    return { window: null, problem: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * "Close the 2026/27 Q3 update window now?": says the dates it will have, then moves it with one
 * audited change. Focus goes to the question, and back to the row's button on Cancel.
 */
export function WindowNowQuestion({
  period,
  move,
  onDone,
}: {
  period: Period;
  move: TWindowMove;
  onDone: (saved: string | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const e = useFormErrors();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const options = {
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries(trpc.period.pathFilter()),
        queryClient.invalidateQueries(trpc.admin.period.pathFilter()),
      ]);
      onDone(
        move === 'open'
          ? `The ${period.label} update window is open`
          : `The ${period.label} update window is closed`,
      );
    },
    onError: e.fromServer,
  };
  const open = useMutation(trpc.admin.period.openWindow.mutationOptions(options));
  const close = useMutation(trpc.admin.period.closeWindow.mutationOptions(options));
  const mutation = move === 'open' ? open : close;
  const { window, problem } = planMove(period, move, new Date());
  const cancel = () => {
    onDone(null);
    document.getElementById(windowButtonId(period.id))?.focus();
  };
  const verb = move === 'open' ? 'Open' : 'Close';
  return (
    <div className="nhsuk-warning-callout">
      <h2 className="nhsuk-warning-callout__label" tabIndex={-1} ref={heading}>
        <span className="nhsuk-u-visually-hidden">Important: </span>
        {verb} the {period.label} update window now?
      </h2>
      <ErrorSummary errors={[]} description={e.message ?? undefined} />
      {window ? (
        <>
          <p>
            {move === 'open'
              ? `Owners can update for ${period.label} from today. The window will run from ${formatDay(window.windowOpens)} to ${formatDay(window.windowCloses)}.`
              : `Owners can no longer update for ${period.label} from today. Its last day becomes ${formatDay(window.windowCloses)}.`}
          </p>
          <ConfirmButtons
            text={`Yes, ${verb.toLowerCase()} the window`}
            pending={mutation.isPending}
            onConfirm={() => mutation.mutate({ id: period.id })}
            cancel={cancel}
          />
        </>
      ) : (
        <>
          <p>{problem}</p>
          <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={cancel}>
            Cancel
          </button>
        </>
      )}
    </div>
  );
}
