// How a board report names its own standing: a locked snapshot, the live position, a past period
// never locked, or one not yet open. The web report page and every downloaded file use these words.
import { toIsoDay } from '../dates.ts';
import type { TPeriodStanding } from '../reporting-period.ts';
import type { TBoardReport } from './types.ts';

/** The standing as a title: on the report page's tag, its printed page and the files. */
export const STANDING_TITLES: Record<TPeriodStanding, string> = {
  locked: 'Locked snapshot',
  live: 'Live position',
  past: 'Past period, not locked',
  upcoming: 'Not yet open',
};

/**
 * A report's standing from the report alone, for a file that has no period list beside it. A live
 * report is assessed on the earlier of the day it was made and the day after its update window
 * closed, so one assessed before the day it was made is a past period never locked.
 */
export function reportStanding(report: TBoardReport): TPeriodStanding {
  if (report.period.locked) return 'locked';
  const madeOn = toIsoDay(new Date(report.generatedAt));
  if (report.asOf < madeOn) return 'past';
  if (report.period.startDate > report.asOf) return 'upcoming';
  return 'live';
}

/**
 * What the standing means for the figures, in one sentence. `formatDay` and `formatInstant` are
 * the caller's own formatters so the page and the files each keep their house date style.
 */
export function standingSentence(
  report: TBoardReport,
  standing: TPeriodStanding,
  format: { day: (isoDay: string) => string; instant: (iso: string) => string },
): string {
  const asOf = format.day(report.asOf);
  const lockedAt = report.period.lockedAt;
  switch (standing) {
    case 'locked':
      return `Frozen${lockedAt ? ` on ${format.instant(lockedAt)}` : ''}: exactly what the board saw. Later changes do not alter it.`;
    case 'past':
      return `Assessed as it stood on ${asOf}, the day after its update window closed. It was never locked, so a value recorded since for a period ending by then can still change it.`;
    case 'upcoming':
      return `Its update window has not opened yet: assessed on ${asOf} from today's data.`;
    default:
      return `Assessed on ${asOf} from today's data; it changes as owners update.`;
  }
}
