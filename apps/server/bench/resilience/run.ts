// `pnpm test:resilience`: the real server under the failures an operator meets (kill -9 during
// writes, sustained mixed load, PostgreSQL stopped and started), on SQLite and PostgreSQL. Starts
// its own database file, cluster and server, stops them all, and exits 1 when a check fails.
//   RESILIENCE_LOAD_SECONDS  mixed load per database (default 60)
//   RESILIENCE_DATABASES     sqlite,postgresql (default both)
//   RESILIENCE_SERVER        source (default: src/main.ts with tsx) or built (dist/main.js)
import path from 'node:path';
import { mixedLoad } from './mixed-load.ts';
import { postgresOutage } from './postgres-outage.ts';
import { cleanUp, makeWorkDir, startCluster } from './processes.ts';
import { printSummary, type CheckRow } from './summary.ts';
import { writeBurstThenKill } from './write-burst.ts';

const seconds = Number(process.env.RESILIENCE_LOAD_SECONDS ?? 60);
if (!Number.isInteger(seconds) || seconds < 1 || seconds > 600) {
  throw new Error('RESILIENCE_LOAD_SECONDS must be a whole number of seconds from 1 to 600');
}
const databases = (process.env.RESILIENCE_DATABASES ?? 'sqlite,postgresql').split(',');
const unknown = databases.filter((d) => d !== 'sqlite' && d !== 'postgresql');
if (unknown.length) {
  throw new Error(`RESILIENCE_DATABASES: ${unknown.join(', ')} is not sqlite or postgresql`);
}

// Ctrl-C reaches this process more than once (from the terminal and from the tsx and pnpm wrappers):
// the first starts the clean-up, and the later ones must not end the process before it is done.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\n${signal}: stopping the server and the database it started…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const rows: CheckRow[] = [];
try {
  const dir = makeWorkDir();
  for (const database of databases) {
    console.log(`\n=== ${database} ===`);
    const log = path.join(dir, `server-${database}.log`);
    const cluster =
      database === 'postgresql' ? await startCluster(path.join(dir, 'postgres')) : null;
    const url = cluster?.url ?? `file:${path.join(dir, 'belonging.db')}`;
    console.log('kill -9 during a burst of updates, then a restart…');
    const burst = await writeBurstThenKill(database, url, log);
    rows.push(...burst.rows);
    console.log(`${seconds} s of mixed owners-and-board load…`);
    rows.push(...(await mixedLoad(database, burst.server, seconds)));
    if (cluster) {
      console.log('PostgreSQL stopped and started again under the running server…');
      rows.push(...(await postgresOutage(database, burst.server, cluster)));
    }
    burst.server.child.kill('SIGKILL');
  }
} catch (error) {
  rows.push({
    database: '-',
    check: 'the check ran to its end',
    result: error instanceof Error ? error.message : String(error),
    ok: false,
  });
} finally {
  await cleanUp();
}
printSummary(rows);
const failed = rows.filter((r) => !r.ok).length;
console.log(failed ? `\n${failed} check(s) failed.` : '\nEvery check held.');
process.exit(failed ? 1 : 0);
