import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const serverDir = path.resolve(import.meta.dirname, '..');

export type ServerProcess = {
  child: ChildProcess;
  url: string;
  /** Everything it has written to stdout and stderr so far. */
  output: () => string;
  exited: Promise<number | null>;
  /** Resolves once it has written something matching `pattern`. */
  saidBy: (pattern: RegExp) => Promise<void>;
};

/** `pnpm dev`'s server (src/main.ts under tsx) as a process of its own, on a free port. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: 'never', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  const listeners = new Set<() => void>();
  const heard = (chunk: Buffer) => {
    chunks.push(chunk.toString());
    listeners.forEach((listener) => listener());
  };
  child.stdout.on('data', heard);
  child.stderr.on('data', heard);
  const output = () => chunks.join('');
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const saidBy = (pattern: RegExp) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(output())) return;
        listeners.delete(check);
        resolve();
      };
      listeners.add(check);
      void exited.then(() => reject(new Error(`exited before ${pattern}:\n${output()}`)));
      check();
    });
  await saidBy(/running at http:\/\/\S+/);
  const url = (/running at (http:\/\/\S+)/.exec(output())?.[1] ?? '').replace(
    'localhost',
    '127.0.0.1',
  );
  return { child, url, output, exited, saidBy };
}
