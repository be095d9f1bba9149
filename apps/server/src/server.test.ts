import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppRouter } from '@belonging/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const serverDir = path.resolve(import.meta.dirname, '..');

/** Starts `pnpm start`'s server process on a temp SQLite file and a free port. */
function startServer(
  databaseUrl: string,
): Promise<{ child: ChildProcess; url: string; output: string[] }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /running at (http:\/\/\S+)/.exec(output.join(''));
      if (match?.[1]) resolve({ child, url: match[1].replace('localhost', '127.0.0.1'), output });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`server exited with ${code}:\n${output.join('')}`)),
    );
  });
}

function client(url: string, cookie: { value: string }) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        transformer: superjson,
        headers: () => (cookie.value ? { cookie: cookie.value } : {}),
        fetch: async (input, init) => {
          const res = await fetch(input as Parameters<typeof fetch>[0], init);
          const set = res.headers.get('set-cookie');
          if (set) cookie.value = set.split(';')[0] ?? '';
          return res;
        },
      }),
    ],
  });
}

describe('the server on a fresh SQLite file', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-server-'));
    server = await startServer(`file:${path.join(dir, 'belonging.db')}`);
  });

  afterAll(() => {
    server?.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints the URL and the demo sign-ins on first start', () => {
    const text = server.output.join('');
    expect(text).toContain('demo trust loaded');
    expect(text).toMatch(/edi\.lead@belonging\.test +EDI team\n/);
    expect(text).toMatch(/network\.rep@belonging\.test +Staff network representative\n/);
    expect(text).toContain('belonging-demo');
  });

  it('reports readiness: database reachable and migrations applied', async () => {
    // /healthz says only that the process is up; the database's state is /readyz's to report.
    const res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      status: 'ok',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/) as unknown,
      database: { provider: 'sqlite', reachable: true, migrationsApplied: true },
    });
  });

  it('serves strategy.tree over HTTP to a signed-in member: the three ambitions', async () => {
    const cookie = { value: '' };
    const api = client(server.url, cookie);
    await expect(api.strategy.tree.query()).rejects.toMatchObject({
      data: { code: 'UNAUTHORIZED' },
    });
    await api.auth.signIn.mutate({ email: 'chair@belonging.test', password: 'belonging-demo' });
    expect(cookie.value).toMatch(/^bt_session=/);
    const tree = await api.strategy.tree.query();
    expect(tree.ambitions.map((a) => a.number)).toEqual([1, 2, 3]);
    expect(tree.ambitions[0]?.title).toMatch(/inclusive culture/i);
  });

  it('sets the session cookie HttpOnly and SameSite=Lax', async () => {
    const res = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { email: 'chair@belonging.test', password: 'belonging-demo' } }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
  });

  it('answers wrong passwords alike for known and unknown emails, then throttles with 429 and Retry-After', async () => {
    const attempt = (email: string) =>
      fetch(`${server.url}/trpc/auth.signIn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { email, password: 'not-the-password' } }),
      });
    const known = await attempt('ned@belonging.test');
    const unknown = await attempt('nobody@belonging.test');
    expect([known.status, unknown.status]).toEqual([401, 401]);
    const messageOf = async (res: Response) =>
      ((await res.json()) as { error: { json: { message: string } } }).error.json.message;
    expect(await messageOf(known)).toBe(await messageOf(unknown));
    let last = known;
    for (let i = 0; i < 5; i++) last = await attempt('ned@belonging.test');
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses a write from another origin', async () => {
    const res = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ json: { email: 'chair@belonging.test', password: 'belonging-demo' } }),
    });
    expect(res.status).toBe(403);
  });
});

describe('the server with a bad DATABASE_URL', () => {
  it('stops with a message naming the variable', async () => {
    await expect(startServer('mysql://nope')).rejects.toThrow(/DATABASE_URL.*file:.*postgresql/s);
  });
});
