// Loads the demo trust into an already-migrated database (run `pnpm db:migrate` first).
import {
  createDb,
  DEMO_ORGANISATION,
  DEMO_PASSWORD,
  DEMO_USERS,
  ensureSqliteFolder,
  redactUrl,
  seedDemoTrust,
} from '../src/index.ts';
import { configuredDatabaseUrl } from '../src/configured-database.ts';

// A relative SQLite path is taken from the folder the command was started in, as the server does.
const url = configuredDatabaseUrl();

const { db, target } = createDb(url);
ensureSqliteFolder(target);
const started = performance.now();
try {
  const { created, organisationId } = await seedDemoTrust(db);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!created) {
    console.log(`${DEMO_ORGANISATION.name} is already in ${redactUrl(url)}: nothing changed.`);
  } else {
    const scope = { where: { organisationId } };
    const [actions, kpis, measurements, updates, periods] = await Promise.all([
      db.action.count(scope),
      db.kpi.count(scope),
      db.measurement.count(scope),
      db.progressUpdate.count(scope),
      db.reportingPeriod.count(scope),
    ]);
    console.log(
      `Loaded ${DEMO_ORGANISATION.name} (demo data) into ${redactUrl(url)} in ${seconds}s:`,
    );
    console.log(
      `  ${actions} actions, ${kpis} KPIs, ${measurements} measurements, ${updates} progress updates, ${periods} reporting periods`,
    );
    console.log(`Demo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(34)} ${u.role}`);
  }
} finally {
  await db.$disconnect();
}
