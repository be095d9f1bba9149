import { createSession, writeWithAudit, type Db, type DbTransaction } from '@belonging/db';
import {
  SESSION_ABSOLUTE_MS,
  hashSessionToken,
  newSessionToken,
  sessionCookie,
} from './session-token.ts';

export type OpenSessionInput = {
  userId: string;
  organisationId: string;
  now: Date;
  /** Served over HTTPS: the cookie gets the Secure flag. */
  secure: boolean;
  /** How the person proved who they are; a password sign-in's audit event stays as it was. */
  via: 'password' | 'sso';
  /** More writes that belong to the sign-in's one transaction (the throttle's reset). */
  alongside?: (tx: DbTransaction) => Promise<void>;
};

/**
 * Signs a person in, by password or single sign-on alike: a new server-side session and its one
 * audit event in one transaction. Gives the HttpOnly Set-Cookie value that carries the session.
 */
export async function openSession(db: Db, input: OpenSessionInput): Promise<string> {
  const token = newSessionToken();
  const { userId, organisationId } = input;
  await writeWithAudit(db, { userId, organisationId }, async (tx) => {
    await input.alongside?.(tx);
    const session = await createSession(tx, {
      tokenHash: hashSessionToken(token),
      userId,
      organisationId,
      expiresAt: new Date(input.now.getTime() + SESSION_ABSOLUTE_MS),
    });
    return {
      result: session,
      audit: {
        entity: 'session',
        entityId: session.id,
        operation: 'sign_in',
        ...(input.via === 'sso' ? { after: { via: 'single sign-on' } } : {}),
      },
    };
  });
  return sessionCookie(token, input.secure);
}
