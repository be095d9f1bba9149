import { z } from 'zod';
import { londonDayNumber } from './dates.ts';

/** Where a period's update window stands on a day: not opened yet, open, or closed. */
export const ZUpdateWindowState = z.enum(['upcoming', 'open', 'closed']);
export type TUpdateWindowState = z.infer<typeof ZUpdateWindowState>;

/**
 * The state of `period`'s update window on the London day of `today`. Both ends are whole days:
 * the window is open from its first day to its last day inclusive.
 */
export function updateWindowState(
  period: { windowOpens: Date; windowCloses: Date },
  today: Date,
): TUpdateWindowState {
  const day = londonDayNumber(today);
  if (day < londonDayNumber(period.windowOpens, "The update window's open date")) return 'upcoming';
  if (day > londonDayNumber(period.windowCloses, "The update window's close date")) return 'closed';
  return 'open';
}

/** Why a window's dates are refused when it would close before it opens. */
export const WINDOW_ORDER_MESSAGE = 'The update window cannot close before it opens';

/** A window's close date is its last open day, so it may be its first day but never earlier. */
export function closesBeforeOpening(window: { windowOpens: Date; windowCloses: Date }): boolean {
  return window.windowCloses < window.windowOpens;
}
