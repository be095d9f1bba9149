import { z } from 'zod';
import { ZActionStatus, type TActionStatus } from '../action-assessment.ts';
import { londonDayNumber } from '../dates.ts';
import { financialQuarter } from '../periods.ts';
import { ZRag, type Rag } from '../rag.ts';
import {
  matchesSearch,
  optionParam,
  readParams,
  ZSearchParam,
  type TParamSource,
} from './params.ts';

export const ACTION_DUE_FILTERS = ['overdue', 'this_quarter', 'later'] as const;
export type TActionDueFilter = (typeof ACTION_DUE_FILTERS)[number];

export const ACTION_DUE_LABELS: Record<TActionDueFilter, string> = {
  overdue: 'Overdue',
  this_quarter: 'Due this quarter',
  later: 'Due later',
};

export const ZActionFilter = z.object({
  status: ZActionStatus.optional().catch(undefined),
  rag: ZRag.optional().catch(undefined),
  due: optionParam(ACTION_DUE_FILTERS),
  q: ZSearchParam,
});
export type TActionFilter = z.infer<typeof ZActionFilter>;

/** The My actions filter from the address (`?status=&rag=&due=&q=`). */
export function parseActionFilter(source: TParamSource): TActionFilter {
  return ZActionFilter.parse(readParams(source, ['status', 'rag', 'due', 'q']));
}

export type TFilterableAction = {
  code: string;
  title: string;
  status: TActionStatus;
  dueDate: Date;
  /** Null for a cancelled action, which has no colour. */
  rag: Rag | null;
};

/**
 * When an action falls due, seen from `today`: overdue once its due day has passed and it is
 * neither complete nor cancelled; otherwise this quarter (the financial quarter holding today) or
 * later. A finished action due before this quarter is in none of them.
 */
export function dueBucket(
  action: Pick<TFilterableAction, 'status' | 'dueDate'>,
  today: Date,
): TActionDueFilter | null {
  const due = londonDayNumber(action.dueDate);
  const now = londonDayNumber(today);
  const open = action.status !== 'complete' && action.status !== 'cancelled';
  if (open && due < now) return 'overdue';
  const quarter = financialQuarter(today);
  if (due > londonDayNumber(quarter.end)) return 'later';
  if (due >= londonDayNumber(quarter.start)) return 'this_quarter';
  return null;
}

/** Whether an action passes every part of the filter that is set. */
export function matchesActionFilter(
  action: TFilterableAction,
  filter: Partial<TActionFilter>,
  today: Date,
): boolean {
  if (filter.status && action.status !== filter.status) return false;
  if (filter.rag && action.rag !== filter.rag) return false;
  if (filter.due && dueBucket(action, today) !== filter.due) return false;
  return matchesSearch(filter.q, [action.code, action.title]);
}
