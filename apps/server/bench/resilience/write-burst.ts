// Scenario 1: owners' updates from several clients at once, the server killed with SIGKILL in the
// middle, restarted on the same database, and every update it had acknowledged read back.
import {
  actionsInProgress,
  signInRole,
  storedNarratives,
  submitUpdate,
  type OwnedAction,
} from './demo-client.ts';
import { killHard, logTail, startServer, type RunningServer } from './processes.ts';
import type { CheckRow } from './summary.ts';

const CLIENTS = 8;
const WRITES_PER_CLIENT = 400;
const KILL_AFTER_ACKNOWLEDGED = 60;
const KILL_AFTER_MS = 10_000;

/** Up to `count` actions, taken in turn from each owner so every owner writes. */
function spreadOverOwners(actions: OwnedAction[], count: number): OwnedAction[] {
  const byOwner = new Map<string, OwnedAction[]>();
  for (const a of actions) byOwner.set(a.owner.email, [...(byOwner.get(a.owner.email) ?? []), a]);
  const picked: OwnedAction[] = [];
  for (let round = 0; picked.length < count; round++) {
    const before = picked.length;
    for (const list of byOwner.values()) {
      const action = list[round];
      if (action && picked.length < count) picked.push(action);
    }
    if (picked.length === before) break;
  }
  return picked;
}

export type BurstResult = { server: RunningServer; rows: CheckRow[] };

export async function writeBurstThenKill(
  database: string,
  databaseUrl: string,
  log: string,
): Promise<BurstResult> {
  const first = await startServer(databaseUrl, log);
  const owners = await signInRole(first.url, 'executive_owner');
  const actions = spreadOverOwners(await actionsInProgress(first.url, owners), CLIENTS);
  if (actions.length < 2) throw new Error('The demo trust has too few actions in progress');

  const acknowledged: { action: OwnedAction; narrative: string }[] = [];
  const unexpected: string[] = [];
  let killed = false;
  const burstStart = performance.now();
  const client = async (action: OwnedAction, k: number) => {
    for (let i = 0; i < WRITES_PER_CLIENT && !killed; i++) {
      const narrative = `Resilience check ${database}: client ${k}, write ${i}`;
      const answer = await submitUpdate(first.url, action, narrative);
      if (answer.status === 200) acknowledged.push({ action, narrative });
      else if (answer.status !== 0)
        unexpected.push(`${answer.status} ${JSON.stringify(answer.body)}`);
      else if (!killed) unexpected.push(`no answer before the kill: ${String(answer.body)}`);
      // A request the kill cut off was never acknowledged: it may or may not have been kept.
    }
  };
  const clients = actions.map(client);
  while (acknowledged.length < KILL_AFTER_ACKNOWLEDGED) {
    if (performance.now() - burstStart > KILL_AFTER_MS) break;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  killed = true;
  await killHard(first);
  const killedAfterMs = performance.now() - burstStart;
  await Promise.all(clients);

  const restartStart = performance.now();
  const server = await startServer(databaseUrl, log);
  const restartMs = performance.now() - restartStart;
  let lost = 0;
  const stored = new Set<string>();
  for (const action of actions) {
    for (const narrative of await storedNarratives(server.url, action)) stored.add(narrative);
  }
  for (const write of acknowledged) if (!stored.has(write.narrative)) lost++;
  const prefix = `Resilience check ${database}: `;
  const unacknowledgedKept = [...stored].filter(
    (n) => n.startsWith(prefix) && !acknowledged.some((w) => w.narrative === n),
  ).length;
  const after = await Promise.all(
    actions.map((a) => submitUpdate(server.url, a, `${prefix}after the restart`)),
  );
  const refused = after.filter((a) => a.status !== 200).length;

  if (unexpected.length || refused) console.error(logTail(first));
  return {
    server,
    rows: [
      {
        database,
        check: `kill -9 during a burst of updates (${actions.length} clients)`,
        result:
          `${acknowledged.length} acknowledged in ${(killedAfterMs / 1000).toFixed(1)} s, ${lost} lost; ` +
          `${unacknowledgedKept} cut off by the kill were kept anyway` +
          (unexpected.length ? `; ${unexpected.length} unexpected answers: ${unexpected[0]}` : ''),
        ok: lost === 0 && acknowledged.length > 0 && unexpected.length === 0,
      },
      {
        database,
        check: 'restart on the same database after kill -9',
        result: `ready in ${(restartMs / 1000).toFixed(1)} s; ${after.length - refused}/${after.length} updates accepted after it`,
        ok: refused === 0,
      },
    ],
  };
}
