import { dateOfDay, londonDayNumber } from './dates.ts';
import { DomainError } from './errors.ts';
import { dayInWords } from './period-end.ts';
import { updateWindow } from './periods.ts';

// A window's close date is the last day it is open: owners may update on it, and it reads as
// closed from the day after. So "close now" makes yesterday the last day, and "open now" today the first.

type TWindowPeriod = {
  label: string;
  endDate: Date;
  windowOpens: Date;
  windowCloses: Date;
  lockedAt: Date | null;
};

/** Days a reopened window stays open at least, when its own close date has passed. */
export const REOPENED_WINDOW_DAYS = 14;

function refuseLocked(period: TWindowPeriod) {
  if (period.lockedAt)
    throw new DomainError(
      'invalid_option',
      `${period.label} is locked: its board snapshot cannot change, so its window cannot move.`,
    );
}

/**
 * The window opened today. Its close stays unless it has passed; then it becomes the later of the
 * quarter's default close (21 days after it ends) and two weeks from today.
 */
export function openWindowNow(period: TWindowPeriod, today: Date) {
  refuseLocked(period);
  const day = londonDayNumber(today);
  const opens = londonDayNumber(period.windowOpens);
  const closes = londonDayNumber(period.windowCloses);
  if (opens <= day && day <= closes)
    throw new DomainError(
      'invalid_option',
      `${period.label}’s update window is already open, until ${dayInWords(period.windowCloses)}.`,
    );
  const fallback = Math.max(
    londonDayNumber(updateWindow(period.endDate).closes),
    day + REOPENED_WINDOW_DAYS,
  );
  return {
    windowOpens: dateOfDay(day),
    windowCloses: dateOfDay(closes >= day ? closes : fallback),
  };
}

/** The window closed today: yesterday becomes its last day. Only an open window can close. */
export function closeWindowNow(period: TWindowPeriod, today: Date) {
  refuseLocked(period);
  const day = londonDayNumber(today);
  const opens = londonDayNumber(period.windowOpens);
  const closes = londonDayNumber(period.windowCloses);
  if (day < opens)
    throw new DomainError(
      'invalid_option',
      `${period.label}’s update window has not opened yet: it opens on ${dayInWords(period.windowOpens)}.`,
    );
  if (day > closes)
    throw new DomainError(
      'invalid_option',
      `${period.label}’s update window is already closed: it closed after ${dayInWords(period.windowCloses)}.`,
    );
  if (day === opens)
    throw new DomainError(
      'invalid_option',
      `${period.label}’s update window opened today, so closing it now would leave it no days at all: change its dates instead.`,
    );
  return { windowOpens: period.windowOpens, windowCloses: dateOfDay(day - 1) };
}
