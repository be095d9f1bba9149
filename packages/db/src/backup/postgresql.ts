import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { poolConfigFromUrl } from '../adapter.ts';
import { BackupError } from './backup-error.ts';
import { writeNewFile } from './backup-file.ts';
import { findPgTool, type PgTool } from './tools.ts';

const run = promisify(execFile);

type Connection = { args: string[]; env: NodeJS.ProcessEnv };

/**
 * How pg_dump and pg_restore reach the database: host, port, user and database as arguments, the
 * password in PGPASSWORD, so it never shows in a process list. `--no-password` makes a missing
 * password an error rather than a prompt.
 */
function connectionFor(url: string, env: NodeJS.ProcessEnv): Connection {
  const config = poolConfigFromUrl(url);
  const args = ['--host', String(config.host), '--port', String(config.port)];
  if (config.user) args.push('--username', config.user);
  args.push('--dbname', String(config.database), '--no-password');
  const toolEnv: NodeJS.ProcessEnv = { ...env };
  delete toolEnv.PGPASSWORD;
  if (config.password) toolEnv.PGPASSWORD = String(config.password);
  const sslmode = new URL(url).searchParams.get('sslmode');
  if (sslmode) toolEnv.PGSSLMODE = sslmode;
  return { args, env: toolEnv };
}

async function runTool(
  tool: PgTool,
  args: string[],
  env: NodeJS.ProcessEnv,
  toolEnv: NodeJS.ProcessEnv = env,
): Promise<string> {
  const binary = findPgTool(tool, env);
  try {
    const { stdout } = await run(binary, args, { env: toolEnv, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    const reason = stderr || (error instanceof Error ? error.message : String(error));
    throw new BackupError(`${tool} failed: ${reason}`);
  }
}

/**
 * Dumps a PostgreSQL database in pg_dump's custom format. pg_dump reads one snapshot in a single
 * transaction and takes no locks that stop the server reading or writing rows.
 */
export async function backupPostgres(
  url: string,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const connection = connectionFor(url, env);
  await writeNewFile(file, async (partial) => {
    await runTool(
      'pg_dump',
      ['--format=custom', `--file=${partial}`, ...connection.args],
      env,
      connection.env,
    );
  });
}

/**
 * Restores a custom-format dump into the database at `url`, replacing the tables it holds, in one
 * transaction (all or nothing). Owners and grants are left out so it restores under any user.
 * A dump without the migrations table is not ours and is refused before anything is dropped.
 */
export async function restorePostgres(
  file: string,
  url: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const contents = await runTool('pg_restore', ['--list', file], env);
  if (!/\bTABLE \S+ _prisma_migrations\b/.test(contents)) {
    throw new BackupError(
      `${file} is a pg_dump archive but not a Belonging Tracker backup: it has no migrations table.`,
    );
  }
  const connection = connectionFor(url, env);
  await runTool(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-acl',
      '--single-transaction',
      '--exit-on-error',
      ...connection.args,
      file,
    ],
    env,
    connection.env,
  );
}
