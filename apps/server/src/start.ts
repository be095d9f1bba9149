import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  applyMigrations,
  createDb,
  deleteAbandonedImportRows,
  DEMO_PASSWORD,
  DEMO_USERS,
  closeDb,
  ensureSqliteFolder,
  hasDemoTrust,
  isDatabaseEmpty,
  nameOlderAuditEvents,
  redactUrl,
  seedDemoTrust,
} from '@belonging/db';
import { settingsKey, SingleSignOn } from '@belonging/api';
import { ROLE_LABELS } from '@belonging/domain';
import { startMailWorker } from '@belonging/mail';
import type { Env } from './env.ts';
import { createHttpServer, serveApp } from './http-server.ts';
import { listenAddress } from './listen-address.ts';
import { createLogger, type Logger } from './logger.ts';
import { SHUTDOWN_GRACE_MS, stopServing } from './stop-serving.ts';

const appDir = (name: string) => fileURLToPath(new URL(`../../${name}/dist`, import.meta.url));

const withinGrace = (work: Promise<void>, graceMs: number) => {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
  return Promise.race([work, grace]).finally(() => clearTimeout(timer));
};

/** Migrates, seeds the demo trust into an empty database, and starts listening. */
export async function startServer(
  env: Env,
  logger: Logger = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT }),
) {
  const log = (line: string) => logger.info(line);
  const handle = createDb(env.DATABASE_URL);
  ensureSqliteFolder(handle.target);
  const applied = await applyMigrations(handle.target);
  if (applied.length) log(`Applied ${applied.length} database migration(s).`);
  const named = await nameOlderAuditEvents(handle.db);
  if (named) log(`Named ${named} older audit event(s) so the trail can search them.`);
  const abandoned = await deleteAbandonedImportRows(handle.db);
  if (abandoned)
    log(`Deleted ${abandoned} staged row(s) of a measurement import that never finished.`);

  let seeded = false;
  if (env.SEED_DEMO === 'auto' && (await isDatabaseEmpty(handle.db))) {
    log('First start: loading the demo trust…');
    seeded = (await seedDemoTrust(handle.db)).created;
  }

  const server = createHttpServer({
    headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
    maxConnections: env.HTTP_MAX_CONNECTIONS,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(env.PORT, env.HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = listenAddress(env.HOST, port);
  // One origin for every link in an email, whether a request or the mail worker's tick wrote it.
  const emailOrigin = env.APP_ORIGIN ?? url;
  // Answering from here on, with no await since listening began: no request arrives unanswered.
  serveApp(server, {
    ...handle,
    webDir: appDir('web'),
    adminDir: appDir('admin'),
    appOrigin: env.APP_ORIGIN,
    emailOrigin,
    // Without SMTP_URL messages only wait in the outbox: the Emails page says so.
    mailConfigured: env.SMTP_URL !== undefined,
    sso: new SingleSignOn({
      env: {
        issuer: env.OIDC_ISSUER,
        clientId: env.OIDC_CLIENT_ID,
        clientSecret: env.OIDC_CLIENT_SECRET,
        trust: env.OIDC_TRUST,
      },
      appOrigin: env.APP_ORIGIN,
      settingsKey: settingsKey(),
    }),
    trustProxy: env.TRUST_PROXY,
    logger,
  });

  log(`Database: ${redactUrl(env.DATABASE_URL)}${seeded ? ' (demo trust loaded)' : ''}`);
  if (await hasDemoTrust(handle.db)) {
    // A table for the person at the terminal, of demo accounts (not people): plain lines, not log
    // events, so the log itself never carries an email address or a password.
    console.log(`Demo sign-ins (demo data only; password "${DEMO_PASSWORD}"):`);
    for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(34)} ${ROLE_LABELS[u.role]}`);
  }
  const mail = startMailWorker({
    db: handle.db,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    appOrigin: emailOrigin,
    logger,
    intervalMs: env.MAIL_INTERVAL_MS,
  });
  // Printed last, so it is the line people see and the line scripts wait for.
  log(`Belonging Tracker is running at ${url}  (admin: ${url}/admin)`);

  const close = async (graceMs = SHUTDOWN_GRACE_MS) => {
    // The message being sent finishes too, within the same grace; one cut short is sent again.
    await Promise.all([stopServing(server, graceMs), withinGrace(mail.stop(), graceMs)]);
    await closeDb(handle.db);
  };
  return { server, port, url, close };
}
