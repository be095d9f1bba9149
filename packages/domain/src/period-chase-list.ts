import { DAY_MS } from './dates.ts';

type TChaseOwner = { id: string; name: string; email: string };
type TChaseAction = { id: string; code: string; title: string; dueDate: Date };

/** What a chase list is built from: live actions with their owners, and every progress update. */
export type TChaseListData = {
  actions: readonly (TChaseAction & { createdAt: Date; owner: TChaseOwner })[];
  updates: readonly { actionId: string; periodId: string | null; createdAt: Date }[];
};

export type TChaseListEntry = { owner: TChaseOwner; actions: TChaseAction[] };

/**
 * Owners with live actions that have no progress update for the period, by owner name: none tagged
 * with it and none made while its window was open (its close date is a whole day). Actions created
 * after the window closed are not chased. Empty until the window opens on `today` (a stored day).
 */
export function periodChaseList(
  period: { id: string; windowOpens: Date; windowCloses: Date },
  data: TChaseListData,
  today: Date,
): TChaseListEntry[] {
  if (today < period.windowOpens) return [];
  const windowEnd = period.windowCloses.getTime() + DAY_MS;
  const updated = new Set(
    data.updates
      .filter(
        (u) =>
          u.periodId === period.id ||
          (u.createdAt >= period.windowOpens && u.createdAt.getTime() < windowEnd),
      )
      .map((u) => u.actionId),
  );
  const byOwner = new Map<string, TChaseListEntry>();
  for (const action of data.actions) {
    if (updated.has(action.id) || action.createdAt.getTime() >= windowEnd) continue;
    const entry = byOwner.get(action.owner.id) ?? { owner: action.owner, actions: [] };
    entry.actions.push({
      id: action.id,
      code: action.code,
      title: action.title,
      dueDate: action.dueDate,
    });
    byOwner.set(action.owner.id, entry);
  }
  return [...byOwner.values()].sort((a, b) => a.owner.name.localeCompare(b.owner.name));
}
