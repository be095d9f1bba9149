// Starts a real trust on an instance (run with SEED_DEMO=never): migrates the database, then
// creates the organisation and its first EDI team member with a temporary password shown once.
import { parseArgs } from 'node:util';
import { applyMigrations, createDb, ensureSqliteFolder, redactUrl } from '../src/index.ts';
import { configuredDatabaseUrl } from '../src/configured-database.ts';
import { createTrust, TrustSetupError } from '../src/setup/create-trust.ts';

const usage =
  'Usage: pnpm trust:create -- --name "East Herts NHS Trust" --slug east-herts --admin-email edi.lead@nhs.net --admin-name "Sam Patel"';

// pnpm passes the `--` separator through; it is not an argument.
function readArgs() {
  try {
    return parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      options: {
        name: { type: 'string' },
        slug: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-name': { type: 'string' },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(usage);
    process.exit(1);
  }
}
const values = readArgs();

// A relative SQLite path is taken from the folder the command was started in, as the server does.
const url = configuredDatabaseUrl();

const { db, target } = createDb(url);
ensureSqliteFolder(target);
try {
  await applyMigrations(target);
  const trust = await createTrust(db, {
    name: values.name,
    slug: values.slug,
    adminEmail: values['admin-email'],
    adminName: values['admin-name'],
  });
  console.log(`Created ${values.name ?? ''} (${trust.slug}) in ${redactUrl(url)}.`);
  console.log(`EDI team sign-in: ${trust.admin.email}`);
  console.log(
    `Temporary password (shown once; changed at first sign-in): ${trust.temporaryPassword}`,
  );
} catch (error) {
  if (!(error instanceof TrustSetupError)) throw error;
  console.error(error.message);
  console.error(usage);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
