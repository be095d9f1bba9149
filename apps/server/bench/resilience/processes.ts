// The processes the resilience check starts (its own PostgreSQL cluster, the real server) and the
// one place that stops them all, on success, failure or Ctrl-C.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const serverDir = path.resolve(import.meta.dirname, '../..');
const pgCluster = path.resolve(serverDir, '../../packages/db/scripts/pg-cluster.sh');
const SERVER_START_MS = 120_000;

const cleanups: (() => Promise<void>)[] = [];

let cleaning: Promise<void> | null = null;

/**
 * Runs every registered stop, newest first (the server, then the cluster, then the folder). A
 * second call, say from Ctrl-C during the first, waits for the same run rather than racing it.
 */
export function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const stop = cleanups.pop();
      await stop?.().catch((error: unknown) => console.error('Cleaning up failed:', error));
    }
  })();
  return cleaning;
}

/** A temporary folder removed at clean-up; readable by the postgres user, who runs the cluster. */
export function makeWorkDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'belonging-resilience-'));
  chmodSync(dir, 0o755);
  cleanups.push(() => Promise.resolve(rmSync(dir, { recursive: true, force: true })));
  return dir;
}

/** A port nobody listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export type Cluster = { url: string; start: () => Promise<void>; stop: () => Promise<void> };

/** A throwaway PostgreSQL cluster in `dir` (packages/db/scripts/pg-cluster.sh), stopped at clean-up. */
export async function startCluster(dir: string): Promise<Cluster> {
  const port = await freePort();
  const start = async () => {
    await run('bash', [pgCluster, 'start', dir, String(port)], { timeout: 60_000 });
  };
  const stop = async () => {
    await run('bash', [pgCluster, 'stop', dir], { timeout: 60_000 });
  };
  cleanups.push(stop);
  await start();
  return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, start, stop };
}

export type RunningServer = { url: string; child: ChildProcess; log: string };

/** The server from source (default), or as built (`RESILIENCE_SERVER=built`, after `pnpm build`). */
function serverArgs(): string[] {
  const which = process.env.RESILIENCE_SERVER ?? 'source';
  if (which === 'source') return ['--import', 'tsx', 'src/main.ts'];
  if (which !== 'built') throw new Error('RESILIENCE_SERVER must be source or built');
  if (!existsSync(path.join(serverDir, 'dist/main.js'))) {
    throw new Error('RESILIENCE_SERVER=built: apps/server/dist/main.js is missing; run pnpm build');
  }
  return ['dist/main.js'];
}

/**
 * The real server in its own process on a free port; it migrates and loads the demo trust into an
 * empty database itself, as on a trust's first `pnpm start`.
 */
export async function startServer(databaseUrl: string, log: string): Promise<RunningServer> {
  const out = createWriteStream(log, { flags: 'a' });
  const child = spawn(process.execPath, serverArgs(), {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'auto',
      INIT_CWD: serverDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  };
  cleanups.push(stop);
  child.stderr?.pipe(out);
  return new Promise((resolve, reject) => {
    let output = '';
    let ready = false;
    const timer = setTimeout(() => {
      reject(new Error(`The server did not start within ${SERVER_START_MS / 1000} s; see ${log}`));
    }, SERVER_START_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      out.write(chunk);
      if (ready) return;
      output += chunk.toString();
      const match = /running at http:\/\/[^:\s]+:(\d+)/.exec(output);
      if (match?.[1]) {
        ready = true;
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${match[1]}`, child, log });
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${signal ?? code}) before it was ready; see ${log}`));
    });
  });
}

/** kill -9: the process gets no chance to finish anything. */
export async function killHard(server: RunningServer): Promise<void> {
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGKILL');
  await exited;
}

export function isRunning(server: RunningServer): boolean {
  return server.child.exitCode === null && server.child.signalCode === null;
}

/** The last lines of the server's log, to print beside a failed check. */
export function logTail(server: RunningServer, lines = 20): string {
  try {
    return readFileSync(server.log, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
