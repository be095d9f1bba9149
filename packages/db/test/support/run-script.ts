import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const PACKAGE = fileURLToPath(new URL('../../', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

export type ScriptRun = { code: number | null; stdout: string; stderr: string };

/**
 * Runs one of the package's scripts as `pnpm db:<name>` does: from the package folder, with the
 * person's folder in INIT_CWD. Asynchronous, so the test process keeps working while it runs.
 */
export function runDbScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [`scripts/${script}`, ...args], {
      cwd: PACKAGE,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
