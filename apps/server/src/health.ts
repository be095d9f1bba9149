import { checkDatabaseHealth, type DbHandle } from '@belonging/db';
import type { Context } from 'hono';
import { VERSION } from './version.ts';

/** GET /healthz: 200 when the database answers and is migrated, 503 otherwise. */
export async function answerHealth(c: Context, { db, target }: DbHandle): Promise<Response> {
  const { error, ...database } = await checkDatabaseHealth(db, target);
  // The error text can name hosts and users: it goes to the log, not to whoever asks.
  if (error) console.error('Health check: the database is not reachable:', error);
  const ok = database.reachable && database.migrationsApplied;
  c.header('Cache-Control', 'no-store');
  return c.json(
    {
      status: ok ? 'ok' : 'error',
      version: VERSION,
      database: { provider: target.provider, ...database },
    },
    ok ? 200 : 503,
  );
}
