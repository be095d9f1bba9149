import {
  findSessionUser,
  touchSession,
  type Db,
  type DatabaseTarget,
  type SessionUser,
} from '@belonging/db';
import { DEFAULT_APP_ORIGIN } from '@belonging/mail';
import {
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  SESSION_TOUCH_MS,
  hashSessionToken,
} from './auth/session-token.ts';
import { SingleSignOn } from './auth/sso/single-sign-on.ts';
import { SignInThrottle } from './auth/throttle.ts';
import { rethrowMapped } from './errors.ts';
import { ExportRateLimit, type HeavyCallBudget } from './services/export-limits.ts';

export type RequestMeta = {
  /** The caller's address, for sign-in throttling. */
  ip: string;
  /** False when a browser says the request came from another site. */
  sameOrigin: boolean;
  /** Served over HTTPS: cookies get the Secure flag. */
  secure: boolean;
};

export type ContextOptions = {
  db: Db;
  target: DatabaseTarget;
  sessionToken?: string | null;
  meta?: Partial<RequestMeta>;
  /** Where procedures set response headers (cookies, Retry-After). */
  setHeader?: (name: string, value: string) => void;
  throttle?: SignInThrottle;
  /** Single sign-on settings and discovered providers; the host shares one across requests. */
  sso?: SingleSignOn;
  /** Files each person may have made per minute; the host shares one across requests. */
  exportLimit?: ExportRateLimit;
  /** One per HTTP request, so a tRPC batch makes at most one file; none outside HTTP. */
  heavyCalls?: HeavyCallBudget;
  now?: () => Date;
  /** Where links in emails start: APP_ORIGIN, else the address the server listens on (the mail worker gets the same); DEFAULT_APP_ORIGIN when no host passes one. */
  appOrigin?: string;
  /** Whether the server can send email (SMTP_URL is set); without it the outbox only fills. */
  mailConfigured?: boolean;
};

/** The HTTP-free context: the server builds it from a request, tests build it directly. */
export async function createContext(opts: ContextOptions) {
  const now = opts.now ?? (() => new Date());
  // Read before any procedure runs, so its errors are mapped here as the procedures' are (a 503).
  const session = opts.sessionToken
    ? await loadSession(opts.db, opts.sessionToken, now()).catch(rethrowMapped)
    : null;
  return {
    db: opts.db,
    target: opts.target,
    session,
    /** The session cookie's hash even when its session has ended: a device that signed in before. */
    sessionTokenHash: opts.sessionToken ? hashSessionToken(opts.sessionToken) : null,
    meta: { ip: 'local', sameOrigin: true, secure: false, ...opts.meta },
    setHeader: opts.setHeader ?? (() => undefined),
    throttle: opts.throttle ?? new SignInThrottle(),
    sso: opts.sso ?? new SingleSignOn(),
    exportLimit: opts.exportLimit ?? new ExportRateLimit(),
    heavyCalls: opts.heavyCalls ?? null,
    now,
    /** Where links in emails point: the host's one email origin (APP_ORIGIN, else the address it listens on). */
    appOrigin: opts.appOrigin ?? DEFAULT_APP_ORIGIN,
    mailConfigured: opts.mailConfigured ?? false,
  };
}

export type Context = Awaited<ReturnType<typeof createContext>>;

async function loadSession(db: Db, token: string, now: Date): Promise<SessionUser | null> {
  const session = await findSessionUser(db, hashSessionToken(token));
  if (!session) return null;
  const t = now.getTime();
  const expired =
    t >= session.expiresAt.getTime() ||
    t - session.lastSeenAt.getTime() >= SESSION_IDLE_MS ||
    t - session.createdAt.getTime() >= SESSION_ABSOLUTE_MS;
  if (expired) return null;
  if (t - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS)
    await touchSession(db, session.sessionId, now);
  return session;
}
