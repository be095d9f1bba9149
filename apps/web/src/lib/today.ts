import { toIsoDay } from '@belonging/domain';
import { isoDay } from '@belonging/ui';

/** Today in the UK as 'YYYY-MM-DD', the way the rules count days. */
export function todayIso(): string {
  return toIsoDay(new Date());
}

export type TWindowState = 'not_open' | 'open' | 'closed';

/** Whether an update window is open today (both ends are whole days). */
export function windowState(
  window: { windowOpens: Date; windowCloses: Date },
  today = todayIso(),
): TWindowState {
  if (today < isoDay(window.windowOpens)) return 'not_open';
  if (today > isoDay(window.windowCloses)) return 'closed';
  return 'open';
}
