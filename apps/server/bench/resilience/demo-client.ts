// The demo trust's people talking to the server over HTTP as the apps do: each signs in once and
// reuses the cookie (the sign-in throttle counts sign-ins from 127.0.0.1).
import { DEMO_USERS } from '@belonging/db';
import { callTrpc } from '../../test/trpc-client.ts';
import { signInCookie } from '../../test/upload-client.ts';

export type Person = { email: string; cookie: string };
export type OwnedAction = { id: string; version: number; owner: Person };
export type Answer = { status: number; ms: number; body: unknown; retryAfter: string | null };

/** A tRPC call timed to its answer; a dropped connection or a body that is not JSON is status 0. */
export async function timedCall(
  url: string,
  type: 'query' | 'mutation',
  procedure: string,
  input: unknown,
  cookie: string,
): Promise<Answer> {
  const start = performance.now();
  try {
    const answer = await callTrpc(url, type, procedure, input, cookie);
    const retryAfter = answer.headers.get('retry-after');
    return { status: answer.status, ms: performance.now() - start, body: answer.body, retryAfter };
  } catch (error) {
    return { status: 0, ms: performance.now() - start, body: String(error), retryAfter: null };
  }
}

export async function signInRole(
  url: string,
  role: 'executive_owner' | 'board_member',
): Promise<Person[]> {
  const emails = DEMO_USERS.filter((u) => u.role === role).map((u) => u.email);
  return Promise.all(
    emails.map(async (email) => ({ email, cookie: await signInCookie(url, email) })),
  );
}

/** Each owner's actions in progress, which they may update again and again. */
export async function actionsInProgress(url: string, owners: Person[]): Promise<OwnedAction[]> {
  const lists = await Promise.all(
    owners.map(async (owner) => {
      const answer = await timedCall(url, 'query', 'action.mine', undefined, owner.cookie);
      if (answer.status !== 200) throw new Error(`action.mine answered ${answer.status}`);
      const { actions } = answer.body as {
        actions: { id: string; version: number; status: string }[];
      };
      return actions
        .filter((a) => a.status === 'in_progress')
        .map((a) => ({ id: a.id, version: a.version, owner }));
    }),
  );
  return lists.flat();
}

/** An owner's update with its own narrative; on 200 the action's version moves on. */
export async function submitUpdate(
  url: string,
  action: OwnedAction,
  narrative: string,
): Promise<Answer> {
  const answer = await timedCall(
    url,
    'mutation',
    'action.submitUpdate',
    {
      actionId: action.id,
      expectedVersion: action.version,
      narrative,
      progressPercent: 50,
      recoveryAction: 'Keep going',
    },
    action.owner.cookie,
  );
  if (answer.status === 200) action.version = (answer.body as { version: number }).version;
  return answer;
}

/** Every narrative stored for the action, as its page shows the update history. */
export async function storedNarratives(url: string, action: OwnedAction): Promise<Set<string>> {
  const answer = await timedCall(
    url,
    'query',
    'action.byId',
    { id: action.id },
    action.owner.cookie,
  );
  if (answer.status !== 200) throw new Error(`action.byId answered ${answer.status}`);
  const detail = answer.body as { version: number; updates: { narrative: string }[] };
  action.version = detail.version;
  return new Set(detail.updates.map((u) => u.narrative));
}

export { percentile } from '@belonging/api/bench/stats';
