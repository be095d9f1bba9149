import { dateOfDay, londonDayNumber, toIsoDay } from './dates.ts';
import { dayInWords } from './period-end.ts';
import { financialQuarter, financialYear, updateWindow } from './periods.ts';

/** A reporting period's dates, as planning the next year reads them. */
export type TPeriodDates = {
  endDate: Date;
  windowOpens: Date;
  windowCloses: Date;
  boardDate: Date | null;
};

export type TPlannedQuarter = {
  label: string;
  quarter: 1 | 2 | 3 | 4;
  startDate: Date;
  endDate: Date;
  windowOpens: Date;
  windowCloses: Date;
  boardDate: Date | null;
  /** The quarter whose window pattern it copies, or null for the NHS default window. */
  patternFrom: string | null;
};

export type TNextYearPlan =
  | {
      ok: true;
      year: string;
      start: Date;
      end: Date;
      /** The year whose window pattern the plan copies, or null when there are no periods yet. */
      basedOn: string | null;
      quarters: TPlannedQuarter[];
      warnings: string[];
      /** Changes whenever any planned date does: the create refuses a plan that moved since its preview. */
      key: string;
    }
  | { ok: false; year: string; reason: 'exists' | 'after_strategy'; message: string };

type Offsets = { opens: number; closes: number; board: number | null; from: string | null };

/** The first calendar year of a financial-year label like 2027/28, or null if it is not one. */
export function financialYearStart(label: string): number | null {
  const match = /^(\d{4})\/(\d{2})$/.exec(label.trim());
  if (!match) return null;
  const start = Number(match[1]);
  return (start + 1) % 100 === Number(match[2]) ? start : null;
}

const dayOf = (date: Date) => londonDayNumber(date);
const at = (day: number) => dateOfDay(day);

function offsetsOf(p: TPeriodDates, label: string): Offsets {
  const end = dayOf(p.endDate);
  return {
    opens: dayOf(p.windowOpens) - end,
    closes: dayOf(p.windowCloses) - end,
    board: p.boardDate ? dayOf(p.boardDate) - end : null,
    from: label,
  };
}

/**
 * The window pattern of each quarter of the latest year: its own where it exists; for a missing
 * quarter, the nearest earlier one's (else the nearest later one's), so the team's habit carries.
 */
function patternByQuarter(periods: readonly TPeriodDates[]): Map<1 | 2 | 3 | 4, Offsets> {
  const found = new Map<1 | 2 | 3 | 4, Offsets>();
  for (const p of [...periods].sort((a, b) => a.endDate.getTime() - b.endDate.getTime())) {
    const q = financialQuarter(p.endDate);
    found.set(q.quarter, offsetsOf(p, q.label));
  }
  const out = new Map<1 | 2 | 3 | 4, Offsets>();
  const order = [1, 2, 3, 4] as const;
  for (const q of order) {
    const earlier = order.filter((o) => o < q).reverse();
    const later = order.filter((o) => o > q);
    const pick = [q, ...earlier, ...later].map((o) => found.get(o)).find(Boolean);
    if (pick) out.set(q, pick);
  }
  return out;
}

/**
 * Plans the financial year after the latest one holding a reporting period: its four quarters,
 * each window opening, closing and board date the same number of days from its quarter's end as
 * in the latest year. With no periods yet it plans the year holding `today` (not before the
 * strategy starts) with the NHS default window. Refuses a year whose quarters exist already
 * (`takenLabels`: every label the trust has used, archived too) or that starts after the strategy ends.
 */
export function planNextYear(input: {
  periods: readonly TPeriodDates[];
  takenLabels: readonly string[];
  strategy: { startYear: string; endYear: string };
  today: Date;
}): TNextYearPlan {
  const { periods, strategy } = input;
  const latestEnd = periods.reduce<Date | null>(
    (max, p) => (!max || p.endDate > max ? p.endDate : max),
    null,
  );
  const latest = latestEnd ? financialYear(latestEnd) : null;
  const strategyStart = financialYearStart(strategy.startYear);
  const strategyEndYear = financialYearStart(strategy.endYear);
  const startYear = latest
    ? latest.start.getUTCFullYear() + 1
    : Math.max(financialYear(input.today).start.getUTCFullYear(), strategyStart ?? 0);
  const year = financialYear(new Date(Date.UTC(startYear, 6, 1)));
  const strategyEnd =
    strategyEndYear === null ? null : new Date(Date.UTC(strategyEndYear + 1, 2, 31));

  if (strategyEnd && year.start > strategyEnd) {
    return {
      ok: false,
      year: year.label,
      reason: 'after_strategy',
      message: `${year.label} starts after the strategy ends: its last year is ${strategy.endYear}. Change the strategy’s end year first if it goes on.`,
    };
  }

  const latestPeriods = latest
    ? periods.filter((p) => financialYear(p.endDate).label === latest.label)
    : [];
  const pattern = patternByQuarter(latestPeriods);
  const taken = new Set(input.takenLabels.map((l) => l.trim()));
  const quarters: TPlannedQuarter[] = [];
  for (let month = 3; month < 15; month += 3) {
    const q = financialQuarter(new Date(Date.UTC(startYear, month, 1)));
    const end = dayOf(q.end);
    const offsets = pattern.get(q.quarter);
    const fallback = updateWindow(q.end);
    quarters.push({
      label: q.label,
      quarter: q.quarter,
      startDate: q.start,
      endDate: q.end,
      windowOpens: offsets ? at(end + offsets.opens) : fallback.opens,
      windowCloses: offsets ? at(end + offsets.closes) : fallback.closes,
      boardDate: offsets?.board == null ? null : at(end + offsets.board),
      patternFrom: offsets?.from ?? null,
    });
  }

  const clashes = quarters.filter((q) => taken.has(q.label)).map((q) => q.label);
  if (clashes.length > 0) {
    return {
      ok: false,
      year: year.label,
      reason: 'exists',
      message: `The ${year.label} quarters already exist (${clashes.join(', ')}): there is nothing to start.`,
    };
  }

  return {
    ok: true,
    year: year.label,
    start: year.start,
    end: year.end,
    basedOn: latest?.label ?? null,
    quarters,
    warnings: [
      ...missingQuarterWarnings(latest?.label ?? null, latestPeriods),
      ...pastStrategyWarnings(quarters, strategyEnd),
    ],
    key: quarters
      .map((q) =>
        [q.label, q.windowOpens, q.windowCloses, q.boardDate]
          .map((v) => (v instanceof Date ? toIsoDay(v) : (v ?? '-')))
          .join('|'),
      )
      .join(';'),
  };
}

function missingQuarterWarnings(latest: string | null, periods: readonly TPeriodDates[]) {
  if (!latest) return [];
  const held = new Set(periods.map((p) => financialQuarter(p.endDate).quarter));
  const missing = ([1, 2, 3, 4] as const).filter((q) => !held.has(q)).map((q) => `Q${q}`);
  if (missing.length === 0) return [];
  return [
    `${latest} has no ${missing.join(', ')} yet: the plan copies its other quarters’ windows. Open ${missing.length === 1 ? 'it' : 'them'} with “Open a reporting period” so the year has no gap.`,
  ];
}

function pastStrategyWarnings(quarters: readonly TPlannedQuarter[], strategyEnd: Date | null) {
  if (!strategyEnd) return [];
  const endsOn = dayInWords(strategyEnd);
  return quarters.flatMap((q) => {
    if (q.endDate > strategyEnd) return [`${q.label} ends after the strategy ends on ${endsOn}.`];
    const after = [
      q.windowCloses > strategyEnd
        ? `its update window closes on ${dayInWords(q.windowCloses)}`
        : '',
      q.boardDate && q.boardDate > strategyEnd
        ? `its board meets on ${dayInWords(q.boardDate)}`
        : '',
    ].filter(Boolean);
    return after.length
      ? [`${q.label}: ${after.join(' and ')}, after the strategy ends on ${endsOn}.`]
      : [];
  });
}
