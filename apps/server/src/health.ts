import { checkDatabaseHealth, type DbHandle } from '@belonging/db';
import type { Context } from 'hono';
import { requestLogger } from './request-log.ts';
import { VERSION } from './version.ts';

/** GET /healthz: the process is up and answering. It touches nothing else, so it stays quick. */
export function answerLive(c: Context): Response {
  c.header('Cache-Control', 'no-store');
  return c.json({ status: 'ok', version: VERSION });
}

/** What a person reads when the server is not ready for traffic. */
function notReadyBecause(database: { reachable: boolean; pendingMigrations: string[] }): string {
  if (!database.reachable) return 'The database cannot be reached.';
  const n = database.pendingMigrations.length;
  const which = n === 1 ? '1 database migration is' : `${n} database migrations are`;
  return `${which} not applied: run pnpm db:migrate (or restart the server, which applies them).`;
}

/** GET /readyz: 200 when the database answers and every migration is applied, 503 otherwise. */
export async function answerReady(c: Context, { db, target }: DbHandle): Promise<Response> {
  const { error, ...database } = await checkDatabaseHealth(db, target);
  // The error text can name hosts and users: it goes to the log, not to whoever asks.
  if (error)
    requestLogger().error({ cause: error }, 'Readiness check: the database is not reachable');
  const ok = database.reachable && database.migrationsApplied;
  c.header('Cache-Control', 'no-store');
  return c.json(
    {
      status: ok ? 'ok' : 'error',
      version: VERSION,
      ...(ok ? {} : { message: notReadyBecause(database) }),
      database: { provider: target.provider, ...database },
    },
    ok ? 200 : 503,
  );
}
