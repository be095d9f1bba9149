// Replaces the configured database (DATABASE_URL, as the server reads it) with a backup made by
// `pnpm db:backup`. Stop the server first. Usage: pnpm db:restore <file>
import path from 'node:path';
import { parseDatabaseUrl, redactUrl } from '../src/adapter.ts';
import {
  configuredDatabaseUrl,
  loadStartFolderEnvFile,
  startFolder,
} from '../src/configured-database.ts';
import { restoreDatabase } from '../src/backup/index.ts';

// pnpm passes the `--` separator through; it is not an argument.
const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length !== 1 || !args[0]) {
  console.error('Usage: pnpm db:restore <file>   (stop the server first)');
  process.exit(2);
}

try {
  loadStartFolderEnvFile();
  const url = configuredDatabaseUrl();
  const file = path.resolve(startFolder(), args[0]);
  await restoreDatabase(file, parseDatabaseUrl(url));
  console.log(`Restored ${file} into ${redactUrl(url)}.`);
  console.log('Start the server: it applies any migrations newer than the backup.');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
