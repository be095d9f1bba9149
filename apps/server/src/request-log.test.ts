import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, seedDemoTrust } from '@belonging/db';
import { createTestDatabase, testProviders, type TestDatabase } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';
import { captureLogs } from '../test/log-capture.ts';
import { callTrpc, queryTrpc } from '../test/trpc-client.ts';
import { signInCookie } from '../test/upload-client.ts';
import { routeOf } from './request-log.ts';

const OWNER = 'chief.people@belonging.test';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type MyActions = { actions: { id: string; version: number; status: string }[] };

describe.each(testProviders())('request logs over HTTP on %s', (provider) => {
  let database: TestDatabase;
  let server: TestServer;
  const capture = captureLogs();

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    await seedDemoTrust(database.db);
    server = await startTestServer(database, { logger: capture.logger });
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('writes one JSON line per request with its id, route, status, time and the signed-in user id, and never the email, password, session or narrative', async () => {
    const before = capture.requestLines().length;
    const cookie = await signInCookie(server.url, OWNER);
    const me = await queryTrpc<{ id: string }>(server.url, 'auth.me', undefined, cookie);
    const { actions } = await queryTrpc<MyActions>(server.url, 'action.mine', undefined, cookie);
    const action = actions.find((a) => a.status === 'in_progress');
    if (!action) throw new Error('The demo owner has no action in progress');
    const narrative = `Mentoring circle met twice ${randomUUID()}`;
    const input = { actionId: action.id, expectedVersion: action.version, narrative };
    const update = await callTrpc(
      server.url,
      'mutation',
      'action.submitUpdate',
      { ...input, progressPercent: 50, recoveryAction: 'Keep going' },
      cookie,
    );
    expect(update.status).toBe(200);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);

    const lines = capture.requestLines().slice(before);
    expect(lines.map((l) => [l.method, l.route, l.status, l.userId])).toEqual([
      ['POST', '/trpc/auth.signIn', 200, undefined],
      ['GET', '/trpc/auth.me', 200, me.id],
      ['GET', '/trpc/action.mine', 200, me.id],
      ['POST', '/trpc/action.submitUpdate', 200, me.id],
      ['GET', '/healthz', 200, undefined],
    ]);
    for (const line of lines) {
      expect(line.requestId).toMatch(UUID);
      expect(typeof line.time).toBe('number');
      expect(typeof line.durationMs).toBe('number');
    }
    expect(new Set(lines.map((l) => l.requestId)).size).toBe(lines.length);
    expect(health.headers.get('x-request-id')).toBe(lines.at(-1)?.requestId);

    const text = capture.text();
    const token = cookie.split('=')[1] ?? '';
    expect(token.length).toBeGreaterThan(10);
    for (const secret of [OWNER, DEMO_PASSWORD, narrative, token, 'Keep going']) {
      expect(text).not.toContain(secret);
    }
  });

  it('names a board paper download by its route with the period id replaced, and who asked', async () => {
    const cookie = await signInCookie(server.url, OWNER);
    const me = await queryTrpc<{ id: string }>(server.url, 'auth.me', undefined, cookie);
    const [period] = await queryTrpc<{ id: string }[]>(
      server.url,
      'period.list',
      undefined,
      cookie,
    );
    const res = await fetch(`${server.url}/api/board-paper/${period?.id ?? ''}?format=csv`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    expect(capture.requestLines().at(-1)).toMatchObject({
      method: 'GET',
      route: '/api/board-paper/:id',
      status: 200,
      userId: me.id,
      requestId: res.headers.get('x-request-id'),
    });
    expect(capture.text()).not.toContain(period?.id);
  });

  it('keeps a short plain X-Request-Id the caller sends, and answers a made one in place of anything else', async () => {
    const sent = 'trace-0123456789';
    const kept = await fetch(`${server.url}/healthz`, { headers: { 'X-Request-Id': sent } });
    expect(kept.headers.get('x-request-id')).toBe(sent);
    expect(capture.requestLines().at(-1)?.requestId).toBe(sent);

    for (const refused of ['a b c d e f g h', 'x'.repeat(65), 'someone@nhs.example']) {
      const res = await fetch(`${server.url}/healthz`, { headers: { 'X-Request-Id': refused } });
      expect(res.headers.get('x-request-id')).toMatch(UUID);
      expect(capture.requestLines().at(-1)?.requestId).toBe(res.headers.get('x-request-id'));
    }
    expect(capture.text()).not.toContain('someone@nhs.example');
  });

  it('logs a refused or unknown call by its route alone: not the query string that carries tRPC input', async () => {
    const email = `person.${randomUUID()}@nhs.example`;
    const input = encodeURIComponent(JSON.stringify({ json: { id: email } }));
    const res = await fetch(`${server.url}/trpc/action.byId?input=${input}`);
    expect(res.status).toBe(401);
    await fetch(`${server.url}/trpc/${encodeURIComponent(email)}`);
    await fetch(`${server.url}/admin/${encodeURIComponent(email)}`);
    expect(
      capture
        .requestLines()
        .slice(-3)
        .map((l) => [l.route, l.status]),
    ).toEqual([
      ['/trpc/action.byId', 401],
      ['/trpc/:unknown', 404],
      ['/admin/:value', 200],
    ]);
    expect(capture.text()).not.toContain(email);
    expect(capture.text()).not.toContain(email.split('@')[0]);
  });
});

describe('routeOf', () => {
  it.each([
    ['/trpc/action.mine,kpi.list', '/trpc/action.mine,kpi.list'],
    ['/trpc/action.mine%2Ckpi.list', '/trpc/action.mine,kpi.list'],
    ['/trpc/a.b;drop', '/trpc/:unknown'],
    ['/api/board-paper/cmabc123def456ghi789', '/api/board-paper/:id'],
    ['/api/board-paper/42', '/api/board-paper/:id'],
    ['/assets/index-Bx1.js', '/assets/index-Bx1.js'],
    ['/', '/'],
    ['/a%20b', '/:value'],
  ])('names %s as %s', (path, route) => {
    expect(routeOf(path)).toBe(route);
  });
});
