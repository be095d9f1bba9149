// Scenario 3: PostgreSQL stopped under a running server, then started again. While it is down the
// server answers (503, not a crash or a 500); once it is back the same process answers 200 again.
import {
  actionsInProgress,
  signInRole,
  submitUpdate,
  timedCall,
  type Answer,
} from './demo-client.ts';
import { isRunning, type Cluster, type RunningServer } from './processes.ts';
import type { CheckRow } from './summary.ts';

const OUTAGE_MS = 5_000;
const OUTAGE_REQUESTS = 300;
const RECOVERY_MAX_MS = 60_000;
const POLL_MS = 100;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function postgresOutage(
  database: string,
  server: RunningServer,
  cluster: Cluster,
): Promise<CheckRow[]> {
  const owners = await signInRole(server.url, 'executive_owner');
  const [board] = await signInRole(server.url, 'board_member');
  const [action] = await actionsInProgress(server.url, owners);
  if (!board || !action) throw new Error('The demo trust has no board member or owner action');
  const pid = server.child.pid;

  await cluster.stop();
  const answers: Answer[] = [];
  let healthy = 0;
  const outageEnd = performance.now() + OUTAGE_MS;
  for (let i = 0; i < OUTAGE_REQUESTS && performance.now() < outageEnd; i++) {
    const kind = i % 3;
    answers.push(
      kind === 0
        ? await timedCall(server.url, 'query', 'action.mine', undefined, action.owner.cookie)
        : kind === 1
          ? await submitUpdate(server.url, action, `Written while the database was down ${i}`)
          : await timedCall(server.url, 'query', 'strategy.tree', {}, board.cookie),
    );
    const health = await fetch(`${server.url}/healthz`).catch(() => null);
    if (health?.status === 200) healthy++;
    await pause(POLL_MS);
  }
  const count = (status: number) => answers.filter((a) => a.status === status).length;
  const withRetryAfter = answers.filter((a) => a.status === 503 && a.retryAfter).length;
  const others = answers.filter((a) => ![0, 200, 500, 503].includes(a.status));
  const slowest = Math.max(...answers.map((a) => a.ms));

  await cluster.start();
  const restarted = performance.now();
  let recoveredMs = Number.NaN;
  while (performance.now() - restarted < RECOVERY_MAX_MS && isRunning(server)) {
    const answer = await timedCall(
      server.url,
      'query',
      'action.mine',
      undefined,
      action.owner.cookie,
    );
    if (answer.status === 200) {
      recoveredMs = performance.now() - restarted;
      break;
    }
    await pause(POLL_MS);
  }
  const write = await submitUpdate(server.url, action, 'Written after the database came back');
  const read = await timedCall(server.url, 'query', 'report.board', {}, board.cookie);
  const samePid = isRunning(server) && server.child.pid === pid;

  return [
    {
      database,
      check: `PostgreSQL stopped for ${OUTAGE_MS / 1000} s under the running server`,
      result:
        `${answers.length} requests: ${count(503)} × 503 (${withRetryAfter} with Retry-After), ` +
        `${count(500)} × 500, ${count(200)} × 200, ${count(0)} unanswered` +
        (others.length ? `, ${others.length} other (${others[0]?.status})` : '') +
        `; slowest ${slowest.toFixed(0)} ms; /healthz 200 ${healthy} times; server ${isRunning(server) ? 'still running' : 'EXITED'}`,
      ok: isRunning(server) && count(500) === 0 && count(0) === 0 && others.length === 0,
    },
    {
      database,
      check: 'PostgreSQL started again, server not restarted',
      result: Number.isNaN(recoveredMs)
        ? `no 200 within ${RECOVERY_MAX_MS / 1000} s`
        : `first 200 after ${(recoveredMs / 1000).toFixed(2)} s; then update ${write.status}, board report ${read.status}; same process: ${samePid ? 'yes' : 'no'}`,
      ok: !Number.isNaN(recoveredMs) && write.status === 200 && read.status === 200 && samePid,
    },
  ];
}
