import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { createTestDatabase, testProviders, type TestDatabase } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serverDir = path.resolve(import.meta.dirname, '..');
const BUILT = path.join(serverDir, 'dist', 'main.js');

type Running = {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
};

/** Waits until the server has said `pattern`, returning what it said by then. */
function saidBy(running: Pick<Running, 'child' | 'output'>, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const text = running.output();
      if (pattern.test(text)) {
        running.child.stdout?.off('data', check);
        resolve(text);
      }
    };
    running.child.stdout?.on('data', check);
    running.child.once('exit', () =>
      reject(new Error(`exited before ${pattern}:\n${running.output()}`)),
    );
    check();
  });
}

/** The built server (plain node, no tsx), as `pnpm start` runs it. */
async function startBuilt(databaseUrl: string): Promise<Running> {
  const child = spawn(process.execPath, [BUILT], {
    cwd: serverDir,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      SEED_DEMO: 'never',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: string[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c.toString()));
  child.stderr.on('data', (c: Buffer) => chunks.push(c.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const running = { child, output: () => chunks.join(''), exited };
  const text = await saidBy(running, /running at (http:\/\/\S+)/);
  const url = (/running at (http:\/\/\S+)/.exec(text)?.[1] ?? '').replace('localhost', '127.0.0.1');
  return { ...running, url };
}

/**
 * A sign-in sent with Expect: 100-continue: `inFlight` settles once the server has read its head
 * (it answers "100 Continue"), and the body goes only when `more` is called.
 */
function slowSignIn(url: string) {
  const body = JSON.stringify({ json: { email: 'nobody@belonging.test', password: 'not-it' } });
  let req!: http.ClientRequest;
  const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req = http.request(
      `${url}/trpc/auth.signIn`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          expect: '100-continue',
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
  });
  const inFlight = new Promise<void>((resolve) => req.once('continue', () => resolve()));
  req.flushHeaders();
  return { answered, inFlight, more: () => req.end(body) };
}

describe('the production build', () => {
  beforeAll(() => {
    const built = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: serverDir,
      encoding: 'utf8',
    });
    expect(built.status, built.stderr).toBe(0);
  });

  describe.each(testProviders())('on %s', (provider) => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await createTestDatabase(provider);
    });

    afterAll(async () => {
      await database?.drop();
    });

    it('runs as plain JavaScript, is ready, and on SIGTERM finishes the request in flight, refuses new ones and exits 0', async () => {
      const running = await startBuilt(database.url);
      try {
        const ready = await fetch(`${running.url}/readyz`);
        expect(ready.status).toBe(200);
        expect(await ready.json()).toMatchObject({
          database: { provider, migrationsApplied: true },
        });

        const slow = slowSignIn(running.url);
        // The server has read the request's head before it is told to stop.
        await slow.inFlight;
        running.child.kill('SIGTERM');
        await saidBy(running, /SIGTERM: no new connections/);
        await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();

        slow.more();
        const answer = await slow.answered;
        expect(answer.status).toBe(401);
        expect(answer.text).toContain('UNAUTHORIZED');
        expect(await running.exited).toBe(0);
        expect(running.output()).toContain('Stopped: requests finished and the database closed.');
      } finally {
        running.child.kill('SIGKILL');
      }
    });
  });
});
