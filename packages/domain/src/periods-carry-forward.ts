import { londonDayNumber } from './dates.ts';

// Actions, milestones and KPIs belong to the strategy, not to a year: nothing is copied when a
// year starts. This says what continues into it, so the EDI team can check before creating it.

export type TCarryAction = {
  code: string;
  title: string;
  ownerName: string;
  dueDate: Date;
  status: 'not_started' | 'in_progress' | 'complete' | 'cancelled';
};
export type TCarryMilestone = {
  title: string;
  actionCode: string;
  actionTitle: string;
  dueDate: Date;
  completedAt: Date | null;
};
export type TCarryKpi = {
  code: string;
  title: string;
  direction: 'increase' | 'decrease' | 'band';
  targetValue: number | null;
  targetDate: Date | null;
  trajectory: readonly { date: Date; value: number }[];
};

const inYear = (date: Date, year: { start: Date; end: Date }) => {
  const day = londonDayNumber(date);
  return londonDayNumber(year.start) <= day && day <= londonDayNumber(year.end);
};
const byDate = <T extends { dueDate: Date; title: string }>(a: T, b: T) =>
  a.dueDate.getTime() - b.dueDate.getTime() || a.title.localeCompare(b.title);

/**
 * What continues into a new year: live actions (not complete or cancelled), open milestones due in
 * it, and KPIs with their trajectory points in it. Warns of open actions already past due at
 * `today`, and of KPIs (other than band ones, whose band holds every year) with neither a
 * trajectory point nor their target date in the year, so nothing says what the year should reach.
 */
export function carryForward(
  year: { start: Date; end: Date },
  today: Date,
  rows: {
    actions: readonly TCarryAction[];
    milestones: readonly TCarryMilestone[];
    kpis: readonly TCarryKpi[];
  },
) {
  const todayDay = londonDayNumber(today);
  const actions = rows.actions
    .filter((a) => a.status === 'not_started' || a.status === 'in_progress')
    .map(({ code, title, ownerName, dueDate }) => ({ code, title, ownerName, dueDate }))
    .sort((a, b) => byDate(a, b) || a.code.localeCompare(b.code));
  const milestones = rows.milestones
    .filter((m) => m.completedAt === null && inYear(m.dueDate, year))
    .map(({ title, actionCode, actionTitle, dueDate }) => ({
      title,
      actionCode,
      actionTitle,
      dueDate,
    }))
    .sort(byDate);
  const kpis = rows.kpis
    .map((k) => ({
      code: k.code,
      title: k.title,
      targetValue: k.targetValue,
      targetDate: k.targetDate && inYear(k.targetDate, year) ? k.targetDate : null,
      points: k.trajectory
        .filter((p) => inYear(p.date, year))
        .sort((a, b) => a.date.getTime() - b.date.getTime())
        .map((p) => ({ date: p.date, value: p.value })),
      isBand: k.direction === 'band',
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return {
    actions,
    milestones,
    kpis: kpis.map(({ isBand: _band, ...k }) => k),
    pastDueActions: actions.filter((a) => londonDayNumber(a.dueDate) < todayDay),
    kpisWithoutAim: kpis
      .filter((k) => !k.isBand && k.points.length === 0 && k.targetDate === null)
      .map(({ code, title }) => ({ code, title })),
  };
}

export type TCarryForward = ReturnType<typeof carryForward>;
