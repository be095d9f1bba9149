import { existsSync } from 'node:fs';
import path from 'node:path';
import { readEnv } from './env.ts';
import { startServer } from './start.ts';

// Settings may come from a .env file in the folder the command was started in.
const envFile = path.resolve(process.env.INIT_CWD ?? process.cwd(), '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

try {
  const running = await startServer(readEnv());
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
