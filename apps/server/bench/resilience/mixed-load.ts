// Scenario 2: owners updating and reading their actions while board members read the board report
// and the strategy tree, for a set time; every answer must be a 200.
import {
  actionsInProgress,
  percentile,
  signInRole,
  submitUpdate,
  timedCall,
  type Answer,
  type OwnedAction,
  type Person,
} from './demo-client.ts';
import type { RunningServer } from './processes.ts';
import type { CheckRow } from './summary.ts';

const REQUESTS_PER_WORKER = 50_000;
const BOARD_WORKERS_PER_MEMBER = 2;

type Tally = { times: number[]; errors: string[] };

export async function mixedLoad(
  database: string,
  server: RunningServer,
  seconds: number,
): Promise<CheckRow[]> {
  const owners = await signInRole(server.url, 'executive_owner');
  const board = await signInRole(server.url, 'board_member');
  // One action per owner: each owner's updates follow one another, as one person's would.
  const all = await actionsInProgress(server.url, owners);
  const actions = owners
    .map((o) => all.find((a) => a.owner.email === o.email))
    .filter((a): a is OwnedAction => a !== undefined);

  const tallies = new Map<string, Tally>();
  const record = (kind: string, answer: Answer) => {
    const tally = tallies.get(kind) ?? { times: [], errors: [] };
    tallies.set(kind, tally);
    tally.times.push(answer.ms);
    if (answer.status !== 200) tally.errors.push(`${answer.status} ${JSON.stringify(answer.body)}`);
  };
  const deadline = performance.now() + seconds * 1000;
  const owner = async (action: OwnedAction) => {
    for (let i = 0; i < REQUESTS_PER_WORKER && performance.now() < deadline; i++) {
      if (i % 2 === 0) {
        record('action.submitUpdate', await submitUpdate(server.url, action, `Load ${i}`));
      } else {
        record(
          'action.mine',
          await timedCall(server.url, 'query', 'action.mine', undefined, action.owner.cookie),
        );
      }
    }
  };
  const member = async (person: Person) => {
    for (let i = 0; i < REQUESTS_PER_WORKER && performance.now() < deadline; i++) {
      const procedure = i % 2 === 0 ? 'report.board' : 'strategy.tree';
      record(procedure, await timedCall(server.url, 'query', procedure, {}, person.cookie));
    }
  };
  const boardWorkers = board.flatMap((p) =>
    Array.from({ length: BOARD_WORKERS_PER_MEMBER }, () => p),
  );
  await Promise.all([...actions.map(owner), ...boardWorkers.map(member)]);

  const rows: CheckRow[] = [];
  let requests = 0;
  let errors = 0;
  for (const [kind, tally] of tallies) {
    requests += tally.times.length;
    errors += tally.errors.length;
    rows.push({
      database,
      check: `  ${kind}`,
      result:
        `${tally.times.length} requests, ${tally.errors.length} errors, ` +
        `p50 ${percentile(tally.times, 50).toFixed(1)} ms, p95 ${percentile(tally.times, 95).toFixed(1)} ms` +
        (tally.errors[0] ? ` (first error: ${tally.errors[0].slice(0, 200)})` : ''),
      ok: tally.errors.length === 0,
    });
  }
  const workers = actions.length + boardWorkers.length;
  rows.unshift({
    database,
    check: `${seconds} s of mixed load (${actions.length} owners, ${boardWorkers.length} board readers)`,
    result: `${requests} requests (${(requests / seconds).toFixed(0)}/s over ${workers} clients), ${errors} errors`,
    ok: errors === 0 && requests > 0,
  });
  return rows;
}
