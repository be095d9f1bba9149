import { toIsoDay } from './dates.ts';
import { dayInWords } from './period-end.ts';

/** Codes are compared as people read them: spaces around them and letter case do not count. */
export function isSameCode(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Why a commitment or action code cannot be used under its parent, or null when it is free.
 * `siblings` are the parent's live items other than the one being saved.
 */
export function codeClash(input: {
  what: 'Commitment' | 'Action';
  code: string;
  parent: string;
  siblings: readonly { code: string }[];
}): string | null {
  const clash = input.siblings.find((s) => isSameCode(s.code, input.code));
  return clash
    ? `${input.what} ${clash.code} already exists under ${input.parent}: choose another code`
    : null;
}

/** The days a strategy covers: 1 April of its first financial year to 31 March after its last. */
export function strategySpan(startYear: string, endYear: string): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(Number(startYear.slice(0, 4)), 3, 1)),
    end: new Date(Date.UTC(Number(endYear.slice(0, 4)) + 1, 2, 31)),
  };
}

/**
 * Why a milestone cannot fall due on this day, or null when it can. We refuse (rather than warn)
 * a milestone due after its action or outside the strategy, and say which days are allowed.
 */
export function milestoneDueDateProblem(
  dueDate: Date,
  limits: { actionDueDate: Date; strategyStart: Date; strategyEnd: Date },
): string | null {
  const last =
    limits.actionDueDate < limits.strategyEnd ? limits.actionDueDate : limits.strategyEnd;
  const range = `between ${dayInWords(limits.strategyStart)} and ${dayInWords(last)}`;
  if (dueDate > limits.actionDueDate) {
    return `The due date must be on or before the action’s due date: choose a day ${range}`;
  }
  if (dueDate < limits.strategyStart || dueDate > limits.strategyEnd) {
    return `The due date must fall within the strategy: choose a day ${range}`;
  }
  return null;
}

/** The same milestone twice: the same title (ignoring case and outer spaces) due on the same day. */
export function isSameMilestone(
  a: { title: string; dueDate: Date },
  b: { title: string; dueDate: Date },
): boolean {
  return (
    a.title.trim().toLowerCase() === b.title.trim().toLowerCase() &&
    toIsoDay(a.dueDate) === toIsoDay(b.dueDate)
  );
}
