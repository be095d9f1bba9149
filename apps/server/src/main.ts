import { readEnv } from './env.ts';
import { startServer } from './start.ts';

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
