// Backs up the configured database (DATABASE_URL, as the server reads it) into a new file; safe
// while the server runs. Usage: pnpm db:backup [file]  (default backups/belonging-<provider>-<UTC>.<db|dump>)
import path from 'node:path';
import { parseDatabaseUrl, redactUrl } from '../src/adapter.ts';
import {
  configuredDatabaseUrl,
  loadStartFolderEnvFile,
  startFolder,
} from '../src/configured-database.ts';
import { backupDatabase, defaultBackupFile } from '../src/backup/index.ts';

// pnpm passes the `--` separator through; it is not an argument.
const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length > 1) {
  console.error('Usage: pnpm db:backup [file]');
  process.exit(2);
}

try {
  loadStartFolderEnvFile();
  const url = configuredDatabaseUrl();
  const target = parseDatabaseUrl(url);
  const file = args[0]
    ? path.resolve(startFolder(), args[0])
    : defaultBackupFile(target.provider, startFolder());
  await backupDatabase(target, file);
  console.log(`Backed up ${redactUrl(url)} to ${file}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
