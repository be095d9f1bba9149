// Measurement import at scale: 10,000 rows validated, committed as new values, then committed
// again so every value is replaced, through the admin procedures on a seeded demo trust.
// Run: pnpm --filter @belonging/api exec tsx bench/import.bench.ts (PostgreSQL too when
// TEST_POSTGRES_URL is set). The target is well under 10 s per 10,000-row commit on SQLite.
import { performance } from 'node:perf_hooks';
import { findKpisWithSeries, findMeasurementsAt } from '@belonging/db';
import { testProviders } from '@belonging/db/testing';
import { parseIsoDay } from '@belonging/domain';
import superjson from 'superjson';
import { createApiTestBed, DEMO, type ApiTestBed } from '../test/support/index.ts';

const ROWS = 10_000;
const TARGET_MS = 10_000;

type BenchKpi = { id: string; code: string };

/**
 * Up to ten monthly percentage KPIs of the demo trust, by code: none a band, so any percentage is
 * a value, and monthly, so every month end is a period end.
 */
async function findBenchKpis(bed: ApiTestBed): Promise<BenchKpi[]> {
  const kpis = await findKpisWithSeries(bed.db, { organisationId: bed.organisationId });
  return kpis
    .filter((k) => k.unit === 'percent' && k.direction !== 'band' && k.frequency === 'monthly')
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .slice(0, 10);
}

/** Rows for the bench KPIs, each given its own groups and month ends, so no row repeats. */
function buildRows(kpis: readonly BenchKpi[], value: (i: number) => number) {
  const perKpi = Math.ceil(ROWS / kpis.length);
  const rows = [];
  for (let i = 0; i < ROWS; i++) {
    const kpi = kpis[i % kpis.length];
    if (!kpi) throw new Error('The demo trust has no percentage KPIs');
    const n = Math.floor(i / kpis.length);
    const month = n % 120;
    const end = new Date(Date.UTC(2015 + Math.floor(month / 12), (month % 12) + 1, 0));
    rows.push({
      kpiId: kpi.id,
      line: i + 2,
      kpiCode: kpi.code,
      periodEnd: end.toISOString().slice(0, 10),
      value: value(i).toFixed(1),
      group: `Bench group ${Math.floor(n / 120) + 1} of ${Math.ceil(perKpi / 120)}`,
      note: i % 10 === 0 ? 'Imported by the benchmark' : '',
    });
  }
  return rows;
}

/** Milliseconds for one call, including a superjson round trip of the input as on the wire. */
async function time<T>(
  input: unknown,
  call: (parsed: never) => Promise<T>,
): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const parsed = superjson.parse<never>(superjson.stringify(input));
  const result = await call(parsed);
  return { ms: performance.now() - start, result };
}

async function benchProvider(provider: 'sqlite' | 'postgresql') {
  const bed = await createApiTestBed(provider);
  try {
    const api = await bed.callerAs(DEMO.admin);
    const kpis = await findBenchKpis(bed);
    const rowsOf = (value: (i: number) => number) =>
      buildRows(kpis, value).map(({ kpiId: _, ...row }) => row);
    const fresh = { rows: rowsOf((i) => 20 + (i % 600) / 10) };
    const validate = await time(fresh, (input) => api.admin.import.validate(input));
    if (!validate.result.isValid)
      throw new Error(
        `Bench rows invalid: ${JSON.stringify(validate.result.problems.slice(0, 3))}`,
      );
    const create = await time(fresh, (input) => api.admin.import.commit(input));
    const again = { rows: rowsOf((i) => 25 + (i % 500) / 10) };
    const replace = await time(again, (input) => api.admin.import.commit(input));
    const keys = buildRows(kpis, () => 0).map((r) => ({
      kpiId: r.kpiId,
      periodEnd: parseIsoDay(r.periodEnd),
      group: r.group,
    }));
    const stored = (await findMeasurementsAt(bed.db, bed.organisationId, keys)).length;
    if (
      stored !== ROWS ||
      create.result.newCount !== ROWS ||
      replace.result.replaceCount !== ROWS
    ) {
      throw new Error(`Expected ${ROWS} rows written and replaced, found ${stored}`);
    }
    return { provider, validateMs: validate.ms, createMs: create.ms, replaceMs: replace.ms };
  } finally {
    await bed.drop();
  }
}

const results = [];
for (const provider of testProviders()) results.push(await benchProvider(provider));

console.log(
  `Measurement import, ${ROWS.toLocaleString('en-GB')} rows per call (target under ${TARGET_MS / 1000} s per commit on SQLite)`,
);
for (const r of results) {
  const line = [
    r.provider.padEnd(10),
    `validate ${(r.validateMs / 1000).toFixed(2)} s`,
    `commit new ${(r.createMs / 1000).toFixed(2)} s (${Math.round((ROWS / r.createMs) * 1000).toLocaleString('en-GB')} rows/s)`,
    `commit replacing all ${(r.replaceMs / 1000).toFixed(2)} s`,
  ].join('  ');
  console.log(line);
}
const sqlite = results.find((r) => r.provider === 'sqlite');
if (sqlite && Math.max(sqlite.createMs, sqlite.replaceMs) >= TARGET_MS) {
  console.error('SQLite import is over the 10 s target');
  process.exitCode = 1;
}
