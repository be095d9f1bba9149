// The server's responsiveness while board papers render: ten PDF board papers of ten periods
// asked for at once over the download route, while /healthz is asked again and again until the
// last paper arrives. The papers render in worker threads, so /healthz should not wait for them.
// Run: pnpm --filter @belonging/server bench. Target: /healthz p95 under 200 ms.
import { performance } from 'node:perf_hooks';
import { seedDemoTrust } from '@belonging/db';
import { createTestDatabase } from '@belonging/db/testing';
import { startTestServer } from '../test/app-server.ts';
import { queryTrpc } from '../test/trpc-client.ts';
import { signInCookie } from '../test/upload-client.ts';
import { percentile } from '@belonging/api/bench/stats';

const PAPERS = 10;
const TARGET_P95_MS = 200;

const ms = (value: number) => `${value.toFixed(1)} ms`;

const database = await createTestDatabase('sqlite');
const server = await startTestServer(database);
try {
  await seedDemoTrust(database.db);
  const cookie = await signInCookie(server.url, 'ned@belonging.test');
  const periods = await queryTrpc<{ id: string }[]>(server.url, 'period.list', undefined, cookie);
  if (periods.length < PAPERS) throw new Error(`The demo trust has only ${periods.length} periods`);

  let rendering = true;
  const start = performance.now();
  const papers = Promise.all(
    periods.slice(0, PAPERS).map(async ({ id }) => {
      const res = await fetch(`${server.url}/api/board-paper/${id}?format=pdf`, {
        headers: { cookie },
      });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`A board paper answered ${res.status}`);
    }),
  ).finally(() => (rendering = false));

  const health: number[] = [];
  while (rendering) {
    const asked = performance.now();
    const res = await fetch(`${server.url}/healthz`);
    await res.arrayBuffer();
    health.push(performance.now() - asked);
  }
  await papers;
  const p95 = percentile(health, 95);
  console.log(`${PAPERS} PDF board papers at once on SQLite, rendered in worker threads:`);
  console.log(`  all papers answered after      ${ms(performance.now() - start)}`);
  console.log(`  /healthz while they rendered   ${health.length} answers`);
  console.log(
    `  /healthz p50 / p95 / max       ${ms(percentile(health, 50))} / ${ms(p95)} / ${ms(Math.max(...health))}`,
  );
  console.log(
    `  target: /healthz p95 under ${TARGET_P95_MS} ms: ${p95 < TARGET_P95_MS ? 'met' : 'MISSED'}`,
  );
} finally {
  await server.close();
  await database.drop();
}
