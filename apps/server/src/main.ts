import { existsSync } from 'node:fs';
import path from 'node:path';
import { readEnv } from './env.ts';
import { createLogger, type Logger } from './logger.ts';
import { startServer } from './start.ts';
import { SHUTDOWN_GRACE_MS } from './stop-serving.ts';

// Settings may come from a .env file in the folder the command was started in.
const envFile = path.resolve(process.env.INIT_CWD ?? process.cwd(), '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

let logger: Logger | undefined;
try {
  const env = readEnv();
  const log = createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT });
  logger = log;
  const running = await startServer(env, log);
  const stop = (signal: string) => {
    log.info(
      `${signal}: no new connections; finishing the requests in flight (up to ${SHUTDOWN_GRACE_MS / 1000} s)…`,
    );
    running.close().then(
      () => {
        log.info('Stopped: requests finished and the database closed.');
        process.exit(0);
      },
      (error: unknown) => {
        log.error({ err: error }, 'Stopping failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  // Settings not valid: there is no logger yet, and the message alone says what to fix.
  if (logger) logger.fatal({ err: error }, 'The server could not start');
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
