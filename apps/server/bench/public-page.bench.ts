// How fast the server answers the demo trust's public progress page (GET /p/demo-partnership), as
// a browser asks for it (gzip accepted). Cold: the first request a fresh host answers, which
// reads the publication, parses its payload, renders and gzips the page; each cold figure is a new
// host (its own rendered cache) on the same database, in this one Node process, so the first also
// pays for reading the stylesheet and warming the code. Cached: later requests for the same
// publication, which still look the publication up by slug (one query) but render nothing.
// Run: pnpm --filter @belonging/server bench. Target: under 200 ms from the server.
import { performance } from 'node:perf_hooks';
import { seedDemoTrust } from '@belonging/db';
import { createTestDatabase } from '@belonging/db/testing';
import { percentile } from '@belonging/api/bench/stats';
import { startTestServer } from '../test/app-server.ts';

const COLD_RUNS = 5;
const CACHED_RUNS = 100;
const TARGET_MS = 200;
const PAGE = '/p/demo-partnership';

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function timeGet(url: string): Promise<number> {
  const asked = performance.now();
  const res = await fetch(url);
  await res.arrayBuffer();
  const took = performance.now() - asked;
  if (res.status !== 200) throw new Error(`${PAGE} answered ${res.status}`);
  return took;
}

const database = await createTestDatabase('sqlite');
try {
  // The demo seed publishes the demo trust's latest locked quarter, as `pnpm start` does.
  await seedDemoTrust(database.db);
  const cold: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const server = await startTestServer(database);
    try {
      cold.push(await timeGet(`${server.url}${PAGE}`));
    } finally {
      await server.close();
    }
  }
  const server = await startTestServer(database);
  const cached: number[] = [];
  try {
    await timeGet(`${server.url}${PAGE}`);
    for (let i = 0; i < CACHED_RUNS; i++) cached.push(await timeGet(`${server.url}${PAGE}`));
  } finally {
    await server.close();
  }
  const coldP50 = percentile(cold, 50);
  const cachedP95 = percentile(cached, 95);
  console.log(`The demo trust's public page on SQLite, ${PAGE}, gzip:`);
  console.log(
    `  cold (fresh host, first request)  p50 ${ms(coldP50)}, max ${ms(Math.max(...cold))} over ${COLD_RUNS}`,
  );
  console.log(
    `  cached (same publication)          p50 ${ms(percentile(cached, 50))}, p95 ${ms(cachedP95)} over ${CACHED_RUNS}`,
  );
  const met = (value: number) => (value < TARGET_MS ? 'met' : 'MISSED');
  console.log(
    `  target: under ${TARGET_MS} ms: cold p50 ${met(coldP50)}, cached p95 ${met(cachedP95)}`,
  );
} finally {
  await database.drop();
}
