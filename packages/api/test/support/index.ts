import {
  createSession,
  DEMO_USERS,
  findUserForSignIn,
  seedDemoTrust,
  type Db,
  type Provider,
} from '@belonging/db';
import {
  createOtherTrust,
  createTestDatabase,
  type OtherTrust,
  type TestDatabase,
} from '@belonging/db/testing';
import { toIsoDay } from '@belonging/domain';
import {
  newSessionToken,
  hashSessionToken,
  SESSION_ABSOLUTE_MS,
} from '../../src/auth/session-token.ts';
import { createContext, type ContextOptions } from '../../src/context.ts';
import { noteDataChanged } from '../../src/services/assessment-cache.ts';
import { SignInThrottle } from '../../src/auth/throttle.ts';
import { createCaller } from '../../src/root.ts';

export type Caller = ReturnType<typeof createCaller>;

export type ApiTestBed = TestDatabase & {
  organisationId: string;
  /** A caller signed in as the user with this email (a demo user by default), or nobody for null. */
  callerAs: (email: string | null, extra?: Partial<ContextOptions>) => Promise<Caller>;
  /** A new session token for the user with this email, as the sign-in cookie would carry. */
  sessionTokenFor: (email: string) => Promise<string>;
  /** The id of a user by email. */
  userId: (email: string) => Promise<string>;
  /** A second trust whose rows the demo trust's callers must never reach. */
  other: OtherTrust;
};

export const DEMO = {
  admin: 'edi.lead@belonging.test',
  owner: 'chief.people@belonging.test',
  otherOwner: 'chief.nurse@belonging.test',
  board: 'chair@belonging.test',
  networkRep: 'network.rep@belonging.test',
} as const;

/** The demo trust as of `today`'s London day and the other trust: every test bed starts so. */
function bothTrustsAsOf(today: Date) {
  return {
    key: `api test bed: demo trust as of ${toIsoDay(today)} and the other trust`,
    fill: async (db: Db) => {
      const { organisationId } = await seedDemoTrust(db, { today });
      return { organisationId, other: await createOtherTrust(db) };
    },
  };
}

/** A migrated test database with the demo trust loaded, and callers for each person. */
export async function createApiTestBed(
  provider: Provider,
  today = new Date(),
): Promise<ApiTestBed> {
  const { facts, ...database } = await createTestDatabase(provider, bothTrustsAsOf(today));
  const { organisationId, other } = facts;
  // Every copy of the template has the same ids: no answer cached for an earlier copy may serve it.
  noteDataChanged();
  const throttle = new SignInThrottle();
  const userNamed = async (email: string) => {
    const user = await findUserForSignIn(database.db, email);
    if (!user) throw new Error(`No user with the email ${email}.`);
    return user;
  };
  const userId = async (email: string) => (await userNamed(email)).id;

  const sessionTokenFor = async (email: string) => {
    const sessionToken = newSessionToken();
    const user = await userNamed(email);
    const membership = user.memberships[0];
    if (!membership) throw new Error(`${email} belongs to no trust.`);
    await createSession(database.db, {
      tokenHash: hashSessionToken(sessionToken),
      userId: user.id,
      organisationId: membership.organisationId,
      expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_MS),
    });
    return sessionToken;
  };

  const callerAs = async (email: string | null, extra: Partial<ContextOptions> = {}) => {
    const sessionToken = email ? await sessionTokenFor(email) : null;
    const ctx = await createContext({
      db: database.db,
      target: database.target,
      sessionToken,
      throttle,
      ...extra,
    });
    return createCaller(ctx);
  };

  return { ...database, organisationId, callerAs, sessionTokenFor, userId, other };
}

export { DEMO_USERS };
