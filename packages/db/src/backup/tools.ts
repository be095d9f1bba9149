import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { BackupError } from './backup-error.ts';

export type PgTool = 'pg_dump' | 'pg_restore';

/** The environment variable that names each tool's binary. */
export const PG_TOOL_ENV: Record<PgTool, string> = { pg_dump: 'PG_DUMP', pg_restore: 'PG_RESTORE' };

/**
 * The path of pg_dump or pg_restore: the binary named in PG_DUMP / PG_RESTORE, else the first on
 * PATH. Throws a BackupError that says how to install it or point at it when there is none.
 */
export function findPgTool(tool: PgTool, env: NodeJS.ProcessEnv = process.env): string {
  const variable = PG_TOOL_ENV[tool];
  const named = env[variable];
  const install = `Install the Debian package postgresql-client (apt-get install postgresql-client), or set ${variable} to the path of ${tool}.`;
  if (named) {
    if (isExecutableFile(named)) return named;
    throw new BackupError(
      `${variable} is set to "${named}", which is not an executable file. ${install}`,
    );
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, tool);
    if (isExecutableFile(candidate)) return candidate;
  }
  throw new BackupError(`${tool} was not found on PATH. ${install}`);
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
