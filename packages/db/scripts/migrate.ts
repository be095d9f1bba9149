import { applyMigrations, parseDatabaseUrl, redactUrl } from '../src/index.ts';
import { ensureSqliteFolder } from '../src/sqlite-file.ts';

const url = process.env.DATABASE_URL ?? 'file:./data/belonging.db';
const target = parseDatabaseUrl(url);
ensureSqliteFolder(target);
const applied = await applyMigrations(target);
console.log(
  applied.length
    ? `Applied ${applied.length} migration(s) to ${redactUrl(url)}: ${applied.join(', ')}`
    : `${redactUrl(url)} is up to date.`,
);
