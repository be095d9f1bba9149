import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `pnpm start` builds the apps and the server through turbo before serving. The database a
// server uses is not an input of its build, so starting again on another database must hit the
// build cache rather than rebuild: turbo's task hash must not change with DATABASE_URL.
const root = path.resolve(import.meta.dirname, '../../..');
const BUILT_BY_START = [
  '@belonging/web#build',
  '@belonging/admin#build',
  '@belonging/server#build',
];

function buildHashes(databaseUrl: string): Record<string, string> {
  const out = execFileSync(
    'npx',
    [
      'turbo',
      'run',
      'build',
      ...BUILT_BY_START.map((t) => `--filter=${t.split('#')[0]}`),
      '--dry=json',
    ],
    { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  const plan = JSON.parse(out) as { tasks: { taskId: string; hash: string }[] };
  return Object.fromEntries(
    plan.tasks.filter((t) => BUILT_BY_START.includes(t.taskId)).map((t) => [t.taskId, t.hash]),
  );
}

describe('pnpm start', () => {
  it('builds the same apps whatever database the server is pointed at', () => {
    const first = buildHashes('file:/tmp/belonging-one.db');
    const second = buildHashes('postgresql://someone@127.0.0.1:5432/elsewhere');
    expect(Object.keys(first).sort()).toEqual([...BUILT_BY_START].sort());
    expect(second).toEqual(first);
  });
});
