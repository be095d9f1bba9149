import { londonDay, londonDayNumber } from '../dates.ts';
import { duePeriodEndDay } from '../kpi-assessment.ts';
import type { TKpiFrequency } from '../periods.ts';
import { currentReportingPeriod } from '../reporting-period.ts';
import { periodChaseList, type TChaseListData } from '../period-chase-list.ts';
import { updateWindowState } from '../update-window-state.ts';
import {
  checkEmailSettings,
  type TDueAction,
  type TDueEmail,
  type TDueKpi,
  type TEmailPeriod,
  type TEmailPerson,
  type TEmailSettings,
} from './types.ts';

export type TOwnerEmailInput = {
  /** The trust's current period (see `currentEmailPeriod`), or null when none has opened. */
  period: TEmailPeriod | null;
  settings: TEmailSettings;
  today: Date;
  /** The trust's active members; owners not among them (deactivated) get nothing. */
  people: readonly TEmailPerson[];
  /** What the chase list is built from: it alone says who still has something missing. */
  chase: TChaseListData;
  /** Live KPIs with an owner, each with its latest whole-population value's period end. */
  ownedKpis: readonly TOwnedKpi[];
};

export type TOwnedKpi = TDueKpi & {
  ownerId: string;
  frequency: TKpiFrequency;
  reportingLagDays: number | null;
  baselineDate: Date;
  latestPeriodEnd: Date | null;
};

/**
 * Whether a KPI's owner has a value to add on `today`: its most recent due period ends after its
 * latest value (or, with none yet, after its baseline), the same rule that flags it stale.
 */
export function isKpiValueDue(
  kpi: Omit<TOwnedKpi, keyof TDueKpi | 'ownerId'>,
  today: Date,
): boolean {
  const dueDay = duePeriodEndDay(kpi, londonDayNumber(today, 'Today'));
  return (
    dueDay > londonDayNumber(kpi.latestPeriodEnd ?? kpi.baselineDate, "The KPI's latest value")
  );
}

const recipientOf = (p: TEmailPerson) => ({ id: p.id, name: p.name, email: p.email });

/**
 * The owners' messages due on `today`: `window_opened` once while the window is open, to owners
 * with actions still to update or KPI values due; `window_closing` once from `reminderDaysBeforeClose`
 * days before the close (never on the window's first day), to owners still on the chase list; after the close `overdue` every
 * `overdueRepeatDays` days (one key per step) to owners still on it, until the period is locked.
 * Nothing when the trust has paused email or for anyone who turned reminders off.
 */
export function ownerEmailsDue(input: TOwnerEmailInput): TDueEmail[] {
  const { period, today } = input;
  const settings = checkEmailSettings(input.settings);
  if (settings.emailPaused || !period || period.lockedAt) return [];
  const state = updateWindowState(period, today);
  if (state === 'upcoming') return [];

  const missing = new Map<string, TDueAction[]>(
    periodChaseList(period, input.chase, londonDay(today)).map((e) => [e.owner.id, e.actions]),
  );
  const kpisOf = new Map<string, TDueKpi[]>();
  for (const kpi of input.ownedKpis) {
    if (!isKpiValueDue(kpi, today)) continue;
    const due = { id: kpi.id, code: kpi.code, title: kpi.title };
    kpisOf.set(kpi.ownerId, [...(kpisOf.get(kpi.ownerId) ?? []), due]);
  }

  const day = londonDayNumber(today, 'Today');
  const closeDay = londonDayNumber(period.windowCloses, "The update window's close date");
  // A window shorter than the reminder period: its first day's email already says when it closes.
  const reminderFrom = Math.max(
    closeDay - settings.reminderDaysBeforeClose,
    londonDayNumber(period.windowOpens, "The update window's open date") + 1,
  );
  const out: TDueEmail[] = [];
  for (const person of input.people) {
    if (!person.emailReminders) continue;
    const actions = missing.get(person.id) ?? [];
    const kpis = kpisOf.get(person.id) ?? [];
    const base = { recipient: recipientOf(person), period };
    const key = (kind: string) => `${kind}:${period.id}:${person.id}`;
    if (state === 'open') {
      if (actions.length > 0 || kpis.length > 0)
        out.push({
          ...base,
          kind: 'window_opened',
          dedupeKey: key('window_opened'),
          actions,
          kpis,
        });
      if (actions.length > 0 && day >= reminderFrom) {
        const daysLeft = closeDay - day;
        out.push({
          ...base,
          kind: 'window_closing',
          dedupeKey: key('window_closing'),
          actions,
          daysLeft,
        });
      }
    } else if (actions.length > 0) {
      const daysOverdue = day - closeDay;
      const step = Math.floor((daysOverdue - 1) / settings.overdueRepeatDays);
      const dedupeKey = `${key('overdue')}:${step}`;
      out.push({ ...base, kind: 'overdue', dedupeKey, actions, step, daysOverdue });
    }
  }
  return out;
}

/**
 * The period the emails are about on `today`: the latest whose window has opened (the same
 * current period the reports use). Earlier periods are never chased again once a later one opens.
 */
export function currentEmailPeriod<T extends TEmailPeriod & { endDate: Date }>(
  periods: readonly T[],
  today: Date,
): T | null {
  return currentReportingPeriod(periods, londonDay(today));
}
