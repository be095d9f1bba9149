import { dateOfDay, DAY_MS, londonDay, londonDayNumber } from '../dates.ts';
import { periodChaseList, type TChaseListData } from '../period-chase-list.ts';
import type { TBoardReport } from '../report/types.ts';
import { updateWindowState } from '../update-window-state.ts';
import {
  checkEmailSettings,
  type TDigestContent,
  type TDigestItem,
  type TEmailPeriod,
  type TEmailPerson,
  type TEmailRecipient,
  type TEmailSettings,
} from './types.ts';

/** The Monday that starts the ISO week of the London day of `date`, as a date-only value. */
export function isoWeekStart(date: Date): Date {
  const day = londonDayNumber(date, 'The date');
  // 1 January 1970 was a Thursday; Monday is 0 here.
  return dateOfDay(day - ((((day + 3) % 7) + 7) % 7));
}

/** The ISO 8601 week of the London day of `date`, as '2026-W49' (weeks start on Monday). */
export function isoWeekOf(date: Date): string {
  const thursday = new Date(isoWeekStart(date).getTime() + 3 * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export type TDigestDue = {
  week: string;
  /** The Monday the week starts, for people to read. */
  weekStarts: Date;
  recipients: { recipient: TEmailRecipient; dedupeKey: string }[];
};

/**
 * Whether this week's digest is due on `today`, and to whom: active EDI team members with the
 * digest on, once per ISO week and trust, while the current period's window has opened and the
 * period is not locked yet. Null when nothing is due (or the trust has paused email).
 */
export function digestDue(input: {
  organisationId: string;
  period: TEmailPeriod | null;
  settings: TEmailSettings;
  today: Date;
  people: readonly TEmailPerson[];
}): TDigestDue | null {
  const { period, today } = input;
  if (checkEmailSettings(input.settings).emailPaused || !period || period.lockedAt) return null;
  if (updateWindowState(period, today) === 'upcoming') return null;
  const week = isoWeekOf(today);
  const recipients = input.people
    .filter((p) => p.roles.includes('edi_admin') && p.emailDigest)
    .map((p) => ({
      recipient: { id: p.id, name: p.name, email: p.email },
      dedupeKey: `digest:${input.organisationId}:${week}:${p.id}`,
    }));
  return recipients.length > 0 ? { week, weekStarts: isoWeekStart(today), recipients } : null;
}

/** What the digest reads of the period's report: its exceptions and each item's earlier colour. */
export type TDigestReport = {
  exceptions: TBoardReport['exceptions'];
  actions: readonly { id: string; previousRag: string | null }[];
  kpis: readonly { id: string; previousRag: string | null }[];
};

const isRedOrAmber = (rag: string | null | undefined): rag is 'red' | 'amber' =>
  rag === 'red' || rag === 'amber';

/**
 * Red and amber items of the report that are new since the previous period: not red or amber in
 * its snapshot (or not there at all), or amber then and red now. Worst first, as the report lists.
 */
export function newRedAndAmber(report: TDigestReport): TDigestItem[] {
  const previous = new Map<string, string | null>([
    ...report.actions.map((a) => [`action:${a.id}`, a.previousRag] as const),
    ...report.kpis.map((k) => [`kpi:${k.id}`, k.previousRag] as const),
  ]);
  const out: TDigestItem[] = [];
  for (const item of report.exceptions) {
    if (!isRedOrAmber(item.rag)) continue;
    const before = previous.get(`${item.kind}:${item.id}`) ?? null;
    if (isRedOrAmber(before) && !(before === 'amber' && item.rag === 'red')) continue;
    out.push({
      kind: item.kind,
      id: item.id,
      code: item.code,
      title: item.title,
      owner: item.owner,
      rag: item.rag,
      previousRag: before,
    });
  }
  return out;
}

/**
 * What the digest says: owners of live actions who have updated for the period and those still
 * on its chase list (the same rule as the EDI team's chase list), and the new red and amber items.
 */
export function digestContent(
  period: TEmailPeriod,
  chase: TChaseListData,
  today: Date,
  report: TDigestReport | null,
): TDigestContent {
  const notUpdated = periodChaseList(period, chase, londonDay(today)).map((e) => ({
    id: e.owner.id,
    name: e.owner.name,
    actions: e.actions,
  }));
  const waiting = new Set(notUpdated.map((o) => o.id));
  const windowEnd = period.windowCloses.getTime() + DAY_MS;
  const updated = new Map<string, { id: string; name: string }>();
  for (const action of chase.actions) {
    if (waiting.has(action.owner.id) || action.createdAt.getTime() >= windowEnd) continue;
    updated.set(action.owner.id, { id: action.owner.id, name: action.owner.name });
  }
  return {
    updated: [...updated.values()].sort((a, b) => a.name.localeCompare(b.name)),
    notUpdated,
    newRedAndAmber: report ? newRedAndAmber(report) : [],
  };
}
