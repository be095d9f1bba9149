import {
  addSignInFailure,
  deleteSignInCounter,
  findSignInCounter,
  findSignInFamiliarity,
  rememberSignInAddress,
  replaceSignInCounter,
  setSignInCounterWait,
  type DbClient,
} from '@belonging/db';
import {
  admitPairAttempt,
  admitWindowAttempt,
  ceilingWaitMs,
  firstFailure,
  isKnownSignIn,
  pairBlockedUntil,
  retryAfterSeconds,
  tooManyAttemptsMessage,
  type TThrottleCounter,
  type TThrottleDecision,
} from '@belonging/domain';
import { ApiError } from '../errors.ts';
import type { Context } from '../context.ts';
import { knownAddressHash, passwordChangeKey, signInKeys, type SignInKeys } from './throttle.ts';

// Orchestrates the sign-in throttle: the domain decides, the database counts. Nothing here logs
// an email or an address; the counters hold only hashes of them.

/** A password check that was let through: what to update when its answer is known. */
export type SignInAttempt = { keys: SignInKeys; pairCount: number };

/** Losing a compare-and-set this often means a flood on one key: refuse rather than spin. */
const MAX_CLAIMS = 20;

function refuse(ctx: Context, waitMs: number): never {
  ctx.setHeader('Retry-After', String(retryAfterSeconds(waitMs)));
  throw new ApiError('TOO_MANY_REQUESTS', tooManyAttemptsMessage(waitMs));
}

/** Counts an attempt on `key` before its password is checked, as `decide` allows, or refuses it. */
async function claim(
  ctx: Context,
  key: string,
  decide: (seen: TThrottleCounter | null) => TThrottleDecision,
): Promise<TThrottleCounter> {
  for (let pass = 0; pass < MAX_CLAIMS; pass++) {
    const seen = await findSignInCounter(ctx.db, key);
    const decision = decide(seen);
    if (!decision.admitted) refuse(ctx, decision.waitMs);
    if (await replaceSignInCounter(ctx.db, key, seen, decision.next)) return decision.next;
  }
  return refuse(ctx, 1000);
}

/**
 * Lets a sign-in's password be checked, or answers TOO_MANY_REQUESTS. `userId` is the account's
 * when the email has one; the same queries run when it has none, so timing tells nothing.
 */
export async function beginSignIn(
  ctx: Context,
  email: string,
  userId: string | undefined,
): Promise<SignInAttempt> {
  const now = ctx.now();
  const { limits } = ctx.throttle;
  const keys = signInKeys(email, ctx.meta.ip);
  await ctx.throttle.sweepIfDue(ctx.db, now);
  const [familiarity, account, address] = await Promise.all([
    findSignInFamiliarity(ctx.db, {
      userId: userId ?? '',
      addressHash: knownAddressHash(userId ?? '', ctx.meta.ip),
      sessionTokenHash: ctx.sessionTokenHash,
    }),
    findSignInCounter(ctx.db, keys.account),
    findSignInCounter(ctx.db, keys.address),
  ]);
  const wait = ceilingWaitMs({ account, address }, now, limits, isKnownSignIn(familiarity));
  if (wait > 0) refuse(ctx, wait);
  const pair = await claim(ctx, keys.pair, (seen) => admitPairAttempt(seen, now, limits));
  return { keys, pairCount: pair.count };
}

/** A wrong password: the pair's wait restarts from now, and both ceilings count one failure. */
export async function failSignIn(ctx: Context, attempt: SignInAttempt): Promise<void> {
  const at = ctx.now();
  const { limits } = ctx.throttle;
  const { keys, pairCount } = attempt;
  await setSignInCounterWait(ctx.db, keys.pair, {
    count: pairCount,
    blockedUntil: pairBlockedUntil(pairCount, at, limits),
  });
  await addSignInFailure(ctx.db, keys.account, at, firstFailure(at, limits.accountWindowMs));
  await addSignInFailure(ctx.db, keys.address, at, firstFailure(at, limits.addressWindowMs));
}

/** A correct password, inside the sign-in's transaction: the pair starts afresh, the address is known. */
export async function succeedSignIn(
  tx: DbClient,
  ctx: Context,
  attempt: SignInAttempt,
  userId: string,
): Promise<void> {
  await deleteSignInCounter(tx, attempt.keys.pair);
  await rememberSignInAddress(tx, {
    userId,
    addressHash: knownAddressHash(userId, ctx.meta.ip),
    at: ctx.now(),
    keep: ctx.throttle.limits.knownAddressesPerUser,
  });
}

/** Lets a signed-in user's current password be checked, up to the limit per window; gives the counter's key. */
export async function beginPasswordChange(ctx: Context, userId: string): Promise<string> {
  const now = ctx.now();
  const { limits } = ctx.throttle;
  const key = passwordChangeKey(userId);
  await claim(ctx, key, (seen) =>
    admitWindowAttempt(seen, now, {
      limit: limits.changePasswordLimit,
      windowMs: limits.changePasswordWindowMs,
    }),
  );
  return key;
}
