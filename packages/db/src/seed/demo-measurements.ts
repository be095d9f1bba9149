import {
  DEFAULT_REPORTING_LAG_DAYS,
  dateOfDay,
  expectedValue,
  lastPeriodEndOnOrBefore,
  londonDayNumber,
  parseIsoDay,
  toleranceInUnits,
  type TKpiDefinition,
} from '@belonging/domain';
import type { KpiUnit } from '../generated/sqlite/enums.ts';
import { addDays, atHour, minDate, monthEnd, monthEndsBetween } from './calendar.ts';
import type { DemoKpi, SeriesStory } from './demo-kpis.ts';

export type MeasurementSeed = {
  periodEnd: Date;
  group: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  enteredAt: Date;
};

const FIRST_MONTH_END = parseIsoDay('2023-04-30');
const FIRST_QUARTER_END = parseIsoDay('2023-06-30');
/** Monthly recruitment values move after the anonymised shortlisting pilot starts. */
const PILOT_START = parseIsoDay('2024-04-01');

export function definitionOf(kpi: DemoKpi): TKpiDefinition {
  return {
    direction: kpi.direction,
    baseline: { value: kpi.baseline.value, date: parseIsoDay(kpi.baseline.date) },
    target: kpi.target ? { value: kpi.target.value, date: parseIsoDay(kpi.target.date) } : null,
    band: kpi.band ?? null,
    tolerance: kpi.tolerance,
    trajectory: kpi.trajectory?.map((p) => ({ value: p.value, date: parseIsoDay(p.date) })) ?? null,
    frequency: kpi.frequency,
  };
}

/** The period ends a demo series covers: from 2023/24 up to what has been published by `today`. */
function periodEnds(kpi: DemoKpi, today: Date): Date[] {
  const todayNumber = londonDayNumber(today);
  const lag = kpi.lagDays ?? DEFAULT_REPORTING_LAG_DAYS[kpi.frequency];
  const lastCompletedQuarter = dateOfDay(lastPeriodEndOnOrBefore(todayNumber - 1, 'quarterly'));
  if (kpi.frequency === 'monthly') {
    const due = lastPeriodEndOnOrBefore(todayNumber - lag, 'monthly');
    return monthEndsBetween(FIRST_MONTH_END, dateOfDay(due));
  }
  const quarterEnds = monthEndsBetween(FIRST_QUARTER_END, lastCompletedQuarter).filter(
    (d) => d.getUTCMonth() % 3 === 2,
  );
  if (kpi.frequency === 'annual') return quarterEnds.filter((d) => d.getUTCMonth() === 2);
  if (kpi.story === 'stale') {
    // Stop a quarter short of the latest quarter whose value is due, so the KPI shows as stale.
    const due = dateOfDay(lastPeriodEndOnOrBefore(todayNumber - lag, 'quarterly'));
    return quarterEnds.filter((d) => d.getTime() < due.getTime());
  }
  return quarterEnds;
}

/** Where the last two values sit, in tolerances better (+) or worse (−) than expected. */
const ENDINGS: Record<'green' | 'amber' | 'red', [number, number]> = {
  green: [-0.5, 0.4],
  amber: [0.4, -0.5],
  red: [-2, -2.2],
};

function round(value: number, unit: KpiUnit): number {
  const places = unit === 'ratio' ? 2 : 1;
  const rounded = Math.round(value * 10 ** places) / 10 ** places;
  return unit === 'percent' ? Math.min(100, Math.max(0, rounded)) : rounded;
}

/** A repeatable wobble in [-1, 1], different for each KPI. */
function wobble(kpi: DemoKpi, i: number): number {
  const seed = [...kpi.code].reduce((sum, c) => sum + c.charCodeAt(0), 0);
  return Math.sin(2.1 * i + seed);
}

function storyValue(kpi: DemoKpi, story: SeriesStory, end: Date, i: number, count: number): number {
  const definition = definitionOf(kpi);
  const tolerance = toleranceInUnits(definition);
  if (story === 'shift') {
    return end.getTime() < PILOT_START.getTime()
      ? 1.36 + 0.04 * wobble(kpi, i)
      : 1.12 + 0.05 * wobble(kpi, i);
  }
  if (story === 'blue' && kpi.target && i >= count - 3) return kpi.target.value;
  const ending = story === 'green' || story === 'amber' || story === 'red' ? ENDINGS[story] : null;
  const better =
    (i === count - 1 ? ending?.[1] : i === count - 2 ? ending?.[0] : undefined) ??
    0.5 * wobble(kpi, i);
  if (kpi.direction === 'band' && kpi.band) {
    // Glide from the baseline towards the band's upper edge, ending where the story says.
    const startBetter = (kpi.band.high - kpi.baseline.value) / tolerance;
    const glide =
      i >= count - 2
        ? better
        : startBetter + ((0.4 - startBetter) * (i + 1)) / count + 0.3 * wobble(kpi, i);
    return kpi.band.high - glide * tolerance;
  }
  const expected = expectedValue(definition, end) ?? kpi.baseline.value;
  return kpi.direction === 'decrease'
    ? expected - better * tolerance
    : expected + better * tolerance;
}

/** Breakdown cells beside one whole-population value, with the counts behind each percentage. */
function groupCells(
  kpi: DemoKpi,
  whole: number,
  i: number,
): Omit<MeasurementSeed, 'periodEnd' | 'enteredAt'>[] {
  return (kpi.groups ?? []).map((g, j) => {
    const people = g.people < 10 ? g.people : g.people + 7 * i;
    const rate = Math.min(99, Math.max(1, whole + g.delta + wobble(kpi, i + j)));
    const numerator = Math.round((rate * people) / 100);
    return {
      group: g.name,
      value: round((numerator / people) * 100, 'percent'),
      numerator,
      denominator: people,
      note: null,
    };
  });
}

/** The demo measurements of one KPI up to `today`, whole population first then any groups. */
export function demoMeasurements(kpi: DemoKpi, today: Date): MeasurementSeed[] {
  if (kpi.story === 'none') return [];
  const lag = kpi.lagDays ?? DEFAULT_REPORTING_LAG_DAYS[kpi.frequency];
  const enteredAt = (end: Date) =>
    atHour(minDate(addDays(end, Math.round(lag / 2)), addDays(today, -1)), 10);
  if (kpi.story === 'published') {
    const end = parseIsoDay(kpi.baseline.date);
    if (end.getTime() > monthEnd(today, -1).getTime()) return [];
    return [
      {
        periodEnd: end,
        group: '',
        value: kpi.baseline.value,
        numerator: null,
        denominator: null,
        note: 'HPFT published figure, 2023/24',
        enteredAt: enteredAt(end),
      },
    ];
  }
  const ends = periodEnds(kpi, today);
  return ends.flatMap((end, i) => {
    const value = round(storyValue(kpi, kpi.story, end, i, ends.length), kpi.unit);
    const whole: MeasurementSeed = {
      periodEnd: end,
      group: '',
      value,
      numerator: null,
      denominator: null,
      note: null,
      enteredAt: enteredAt(end),
    };
    return [
      whole,
      ...groupCells(kpi, value, i).map((c) => ({
        ...c,
        periodEnd: end,
        enteredAt: whole.enteredAt,
      })),
    ];
  });
}
