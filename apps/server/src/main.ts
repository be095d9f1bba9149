import { existsSync } from 'node:fs';
import path from 'node:path';
import { readEnv } from './env.ts';
import { startServer } from './start.ts';
import { SHUTDOWN_GRACE_MS } from './stop-serving.ts';

// Settings may come from a .env file in the folder the command was started in.
const envFile = path.resolve(process.env.INIT_CWD ?? process.cwd(), '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

try {
  const running = await startServer(readEnv());
  const stop = (signal: string) => {
    console.log(
      `${signal}: no new connections; finishing the requests in flight (up to ${SHUTDOWN_GRACE_MS / 1000} s)…`,
    );
    running.close().then(
      () => {
        console.log('Stopped: requests finished and the database closed.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Stopping failed:', error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
