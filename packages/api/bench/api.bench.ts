// `pnpm bench`: the API's speed on a large trust (60 commitments, 1,000 actions, 300 KPIs with 40
// quarterly values each), over real HTTP, on SQLite and (with TEST_POSTGRES_URL) PostgreSQL,
// against a floor: the same board report from one hand-written SQL query and the domain rules.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { DEMO_PASSWORD, seedLargeTrust, type Provider } from '@belonging/db';
import { createTestDatabase, testProviders } from '@belonging/db/testing';
import autocannon from 'autocannon';
import superjson from 'superjson';
import { floorBoardReport } from './floor.ts';
import { ms, percentile, timeRuns } from './stats.ts';

const SIZE = { commitments: 60, actions: 1000, kpis: 300, valuesPerKpi: 40 };
const RUNS = 100;
const TARGETS = { floorRatio: 2, p95: 100, reportsPerSecond: 200 };

function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'bench-server.ts')],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`The benchmark server exited with ${code}`)));
  });
}

function client(base: string) {
  const query = (path: string, input: unknown) =>
    `${base}/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}` as const;
  async function call(
    type: 'query' | 'mutation',
    path: string,
    input: unknown,
    cookie = '',
  ): Promise<unknown> {
    const headers = { 'content-type': 'application/json', cookie };
    const res =
      type === 'query'
        ? await fetch(query(path, input), { headers })
        : await fetch(`${base}/${path}`, {
            method: 'POST',
            headers,
            body: JSON.stringify(superjson.serialize(input)),
          });
    const body = (await res.json()) as {
      result?: { data: { json: unknown; meta?: unknown } };
      error?: unknown;
    };
    if (!res.ok || !body.result)
      throw new Error(`${path} answered ${res.status}: ${JSON.stringify(body.error)}`);
    return superjson.deserialize(body.result.data as Parameters<typeof superjson.deserialize>[0]);
  }
  async function signIn(email: string): Promise<string> {
    const res = await fetch(`${base}/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(superjson.serialize({ email, password: DEMO_PASSWORD })),
    });
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`Could not sign in as ${email}: ${res.status}`);
    return cookie;
  }
  /** Time to the last byte of a query's answer: what the server and the wire cost, not the client's parsing. */
  async function fetchOnly(path: string, input: unknown, cookie: string): Promise<void> {
    const res = await fetch(query(path, input), { headers: { cookie } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  }
  return { call, fetchOnly, signIn, queryUrl: query };
}

function withoutGeneratedAt(report: unknown): string {
  return JSON.stringify({ ...(report as Record<string, unknown>), generatedAt: null });
}

async function benchProvider(provider: Provider) {
  console.log(`\n=== ${provider} ===`);
  const database = await createTestDatabase(provider);
  let server: { child: ChildProcess; url: string } | null = null;
  try {
    const seedStart = performance.now();
    const { organisationId } = await seedLargeTrust(database.db, {
      organisationSlug: 'bench',
      ...SIZE,
    });
    console.log(`seeded the large trust in ${ms(performance.now() - seedStart)}`);
    server = await startServer(database.url);
    const api = client(server.url);
    const board = await api.signIn('board@large.test');
    const owner = await api.signIn('owner@large.test');

    const first = await timeRuns(1, () => api.fetchOnly('report.board', {}, board));
    const report = await timeRuns(RUNS, () => api.fetchOnly('report.board', {}, board));
    const treeFirst = await timeRuns(1, () => api.fetchOnly('strategy.tree', {}, board));
    const tree = await timeRuns(RUNS, () => api.fetchOnly('strategy.tree', {}, board));

    // After every write the cached assessment is stale: these reports are computed afresh.
    // The owner's own list, as their page asks for it: a thousand actions.
    const mine = (await api.call('query', 'action.mine', undefined, owner)) as {
      actions: { id: string; version: number; status: string }[];
    };
    const action = mine.actions.find((a) => a.status === 'in_progress');
    if (!action) throw new Error('The large trust has no action in progress for owner@large.test');
    let version = action.version;
    const submit = async () => {
      const result = (await api.call(
        'mutation',
        'action.submitUpdate',
        {
          actionId: action.id,
          expectedVersion: version,
          narrative: 'Benchmark update',
          progressPercent: 50,
          recoveryAction: 'Keep going',
        },
        owner,
      )) as { version: number };
      version = result.version;
    };
    const submitTimes = await timeRuns(30, submit);
    const afterWrite: number[] = [];
    for (let i = 0; i < 10; i++) {
      await submit();
      afterWrite.push(...(await timeRuns(1, () => api.fetchOnly('report.board', {}, board))));
    }

    const load = await autocannon({
      url: api.queryUrl('report.board', {}),
      headers: { cookie: board },
      connections: 20,
      duration: 10,
    });

    const apiReport = await api.call('query', 'report.board', {}, board);
    const floorReport = await floorBoardReport(database.db, provider, organisationId, new Date());
    const floor = await timeRuns(20, () =>
      floorBoardReport(database.db, provider, organisationId, new Date()),
    );
    const same = withoutGeneratedAt(apiReport) === withoutGeneratedAt(floorReport);

    const rows = {
      'report.board p50 / p95': `${ms(percentile(report, 50))} / ${ms(percentile(report, 95))}`,
      'report.board first request (cold)': ms(first[0] ?? Number.NaN),
      'report.board right after a write p50 / p95': `${ms(percentile(afterWrite, 50))} / ${ms(percentile(afterWrite, 95))}`,
      'strategy.tree p50 / p95': `${ms(percentile(tree, 50))} / ${ms(percentile(tree, 95))}`,
      'strategy.tree first request (cold)': ms(treeFirst[0] ?? Number.NaN),
      'report.board throughput (20 connections, 10 s)': `${load.requests.average.toFixed(0)} reports/s (${load.non2xx} non-2xx, ${load.errors} errors)`,
      'action.submitUpdate p50 / p95': `${ms(percentile(submitTimes, 50))} / ${ms(percentile(submitTimes, 95))}`,
      'floor: one SQL query + domain rules p50': ms(percentile(floor, 50)),
      'report.board p50 ÷ floor p50': `${(percentile(report, 50) / percentile(floor, 50)).toFixed(2)}× (target ≤ ${TARGETS.floorRatio}×)`,
      'report.board after a write p50 ÷ floor p50': `${(percentile(afterWrite, 50) / percentile(floor, 50)).toFixed(2)}×`,
      'floor report identical to the API report': same ? 'yes' : 'NO',
    };
    for (const [name, value] of Object.entries(rows)) console.log(`${name.padEnd(48)} ${value}`);
    const misses = [
      percentile(report, 50) / percentile(floor, 50) > TARGETS.floorRatio && 'floor ratio',
      percentile(report, 95) >= TARGETS.p95 && 'report p95',
      percentile(tree, 95) >= TARGETS.p95 && 'tree p95',
      provider === 'sqlite' && load.requests.average < TARGETS.reportsPerSecond && 'throughput',
      !same && 'identical report',
    ].filter(Boolean);
    console.log(misses.length ? `targets missed: ${misses.join(', ')}` : 'all targets met');
  } finally {
    server?.child.kill('SIGTERM');
    await database.drop();
  }
}

for (const provider of testProviders()) await benchProvider(provider);
