// Throughput of the rules at trust scale and beyond: 20,000 KPIs × 20 measurements, 60,000
// actions × 3 milestones and SPC over 20,000 series × 36 points, all on one core.
// Run with `pnpm --filter @belonging/domain bench`.
import {
  assessAction,
  assessKpi,
  DAY_MS,
  parseIsoDay,
  spc,
  type TActionInput,
  type TKpiDefinition,
  type TMeasurement,
} from '../src/index.ts';

const KPIS = 20_000;
const MEASUREMENTS = 20;
const ACTIONS = 60_000;
const MILESTONES = 3;
const SERIES = 20_000;
const POINTS = 36;

// A fixed-seed generator so every run measures the same work.
let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
}

const asOf = parseIsoDay('2026-01-25');
const monthEnds = Array.from(
  { length: MEASUREMENTS },
  (_, i) => new Date(Date.UTC(2024, 4 + i, 0)),
);

function makeKpis(): { kpi: TKpiDefinition; measurements: TMeasurement[] }[] {
  return Array.from({ length: KPIS }, (_, k) => {
    const direction = (['increase', 'decrease', 'band'] as const)[k % 3] ?? 'increase';
    const kpi: TKpiDefinition = {
      direction,
      baseline: { value: 50, date: parseIsoDay('2024-03-31') },
      target:
        direction === 'band'
          ? null
          : { value: direction === 'increase' ? 70 : 30, date: parseIsoDay('2027-03-31') },
      band: direction === 'band' ? { low: 40, high: 60 } : null,
      tolerance: { kind: k % 2 ? 'relative' : 'absolute', value: 5 },
      trajectory:
        k % 4 === 0
          ? [{ date: parseIsoDay('2025-03-31'), value: direction === 'decrease' ? 45 : 55 }]
          : null,
      frequency: 'monthly',
    };
    const measurements = monthEnds.map((periodEnd) => ({
      periodEnd,
      value: 30 + random() * 40,
      group: null,
    }));
    return { kpi, measurements };
  });
}

function makeActions(): TActionInput[] {
  const start = Date.UTC(2025, 3, 1);
  const statuses = ['not_started', 'in_progress', 'in_progress', 'complete', 'cancelled'] as const;
  return Array.from({ length: ACTIONS }, (_, a) => {
    const due = start + Math.floor(random() * 500) * DAY_MS;
    return {
      status: statuses[a % statuses.length] ?? 'in_progress',
      startDate: new Date(start + Math.floor(random() * 300) * DAY_MS),
      dueDate: new Date(due),
      completedAt: a % 5 === 3 ? new Date(due - 10 * DAY_MS) : null,
      ownerRag: a % 7 === 0 ? 'green' : null,
      lastUpdateAt: new Date(Date.UTC(2025, 11, 20, 10)),
      updateWindow: { opens: parseIsoDay('2025-12-17'), closes: parseIsoDay('2026-01-21') },
      milestones: Array.from({ length: MILESTONES }, (_, m) => ({
        dueDate: new Date(start + (m + 1) * 120 * DAY_MS),
        completedAt: m === 0 ? new Date(start + 100 * DAY_MS) : null,
        atRisk: (a + m) % 11 === 0,
      })),
    };
  });
}

function makeSeries(): number[][] {
  return Array.from({ length: SERIES }, () =>
    Array.from({ length: POINTS }, () => 20 + random() * 10),
  );
}

/** Runs `work` once to warm up, then times the best of three runs in milliseconds. */
function time(work: () => number): { ms: number; checksum: number } {
  let checksum = work();
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    checksum = work();
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, checksum };
}

const kpis = makeKpis();
const actions = makeActions();
const series = makeSeries();

const kpiRun = time(() => {
  let red = 0;
  for (const { kpi, measurements } of kpis)
    if (assessKpi(kpi, measurements, asOf).rag === 'red') red++;
  return red;
});
const actionRun = time(() => {
  let red = 0;
  for (const action of actions) if (assessAction(action, asOf).rag === 'red') red++;
  return red;
});
const spcRun = time(() => {
  let signals = 0;
  for (const values of series)
    if (spc(values, { direction: 'increase', target: 25 }).variation !== 'common_cause') signals++;
  return signals;
});

const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-GB');
const rows = [
  [
    `${KPIS.toLocaleString('en-GB')} KPIs × ${MEASUREMENTS} measurements`,
    kpiRun,
    KPIS,
    'KPI assessments',
  ],
  [
    `${ACTIONS.toLocaleString('en-GB')} actions × ${MILESTONES} milestones`,
    actionRun,
    ACTIONS,
    'action assessments',
  ],
  [
    `SPC over ${SERIES.toLocaleString('en-GB')} series × ${POINTS} points`,
    spcRun,
    SERIES,
    'SPC series',
  ],
] as const;
for (const [label, run, n, unit] of rows) {
  console.log(
    `${label.padEnd(36)} ${run.ms.toFixed(1).padStart(8)} ms  ${rate(n, run.ms).padStart(11)} ${unit}/s  (check ${run.checksum})`,
  );
}
const total = kpiRun.ms + actionRun.ms + spcRun.ms;
console.log(
  `${'Total'.padEnd(36)} ${total.toFixed(1).padStart(8)} ms  target under 1000 ms on one core: ${total < 1000 ? 'met' : 'NOT met'}`,
);
