// Measurement import at scale: 10,000 rows validated, committed as new values, then committed
// again so every value is replaced, through the admin procedures on a seeded demo trust.
// Run: pnpm --filter @belonging/api exec tsx bench/import.bench.ts (PostgreSQL too when
// TEST_POSTGRES_URL is set). The target is well under 10 s per 10,000-row commit on SQLite.
import { performance } from 'node:perf_hooks';
import { findMeasurementsAt } from '@belonging/db';
import { testProviders } from '@belonging/db/testing';
import { parseIsoDay } from '@belonging/domain';
import superjson from 'superjson';
import { buildImportRows, findImportableKpis } from '@belonging/db/testing';
import { createApiTestBed, DEMO } from '../test/support/index.ts';

const ROWS = 10_000;
const TARGET_MS = 10_000;

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
    const kpis = await findImportableKpis(bed.db, bed.organisationId);
    const rowsOf = (value: (i: number) => number) =>
      buildImportRows(kpis, ROWS, value).map(({ kpiId: _, ...row }) => row);
    const fresh = { rows: rowsOf((i) => 20 + (i % 600) / 10) };
    const validate = await time(fresh, (input) => api.admin.import.validate(input));
    if (!validate.result.isValid)
      throw new Error(
        `Bench rows invalid: ${JSON.stringify(validate.result.problems.slice(0, 3))}`,
      );
    const create = await time(fresh, (input) => api.admin.import.commit(input));
    const again = { rows: rowsOf((i) => 25 + (i % 500) / 10) };
    const replace = await time(again, (input) => api.admin.import.commit(input));
    const keys = buildImportRows(kpis, ROWS, () => 0).map((r) => ({
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
