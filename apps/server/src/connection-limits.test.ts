import { createDb, closeDb } from '@belonging/db';
import { createTestDatabase, type TestDatabase } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';
import { rawRequest } from '../test/raw-request.ts';
import { DEFAULT_CONNECTION_LIMITS } from './connection-limits.ts';
import { readEnv } from './env.ts';
import { createAppServer } from './http-server.ts';
import net from 'node:net';

describe('the connection limits of the HTTP server', () => {
  let database: TestDatabase;
  let capped: TestServer;
  let impatient: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    capped = await startTestServer(database, {
      limits: { ...DEFAULT_CONNECTION_LIMITS, maxConnections: 1 },
    });
    impatient = await startTestServer(database, {
      limits: { ...DEFAULT_CONNECTION_LIMITS, headersTimeoutMs: 200, requestTimeoutMs: 400 },
    });
  });

  afterAll(async () => {
    await capped?.close();
    await impatient?.close();
    await database?.drop();
  });

  it('sets the header and request timeouts and the connection cap by default', () => {
    const handle = createDb('file::memory:');
    const server = createAppServer({ ...handle, webDir: '.', adminDir: '.' });
    expect(server.headersTimeout).toBe(DEFAULT_CONNECTION_LIMITS.headersTimeoutMs);
    expect(server.requestTimeout).toBe(DEFAULT_CONNECTION_LIMITS.requestTimeoutMs);
    expect(server.maxConnections).toBe(DEFAULT_CONNECTION_LIMITS.maxConnections);
    void closeDb(handle.db);
  });

  it('closes a connection over the cap without answering, and keeps serving the one it holds', async () => {
    const { hostname, port } = new URL(capped.url);
    const held = net.connect(Number(port), hostname);
    await new Promise((resolve) => held.once('connect', resolve));
    // The server counts the held connection once it has accepted it: one request proves that.
    held.write(`GET /healthz HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`);
    await new Promise((resolve) => held.once('data', resolve));
    const extra = await rawRequest(capped.url, `GET /healthz HTTP/1.1\nHost: ${hostname}\n`);
    expect(extra.status).toBe(0);
    held.destroy();
  });

  it('answers 408 and closes when the headers do not arrive in time', async () => {
    const { hostname } = new URL(impatient.url);
    // The head never ends (no blank line): a slow-header client.
    const answer = await rawRequest(impatient.url, `GET /healthz HTTP/1.1\nHost: ${hostname}`);
    expect(answer.status).toBe(408);
  });
});

describe('readEnv: connection limits', () => {
  it('defaults to the limits above', () => {
    const env = readEnv({});
    expect(env.HTTP_HEADERS_TIMEOUT_MS).toBe(DEFAULT_CONNECTION_LIMITS.headersTimeoutMs);
    expect(env.HTTP_REQUEST_TIMEOUT_MS).toBe(DEFAULT_CONNECTION_LIMITS.requestTimeoutMs);
    expect(env.HTTP_MAX_CONNECTIONS).toBe(DEFAULT_CONNECTION_LIMITS.maxConnections);
  });

  it('reads whole numbers', () => {
    const env = readEnv({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_MAX_CONNECTIONS: '50' });
    expect([env.HTTP_HEADERS_TIMEOUT_MS, env.HTTP_MAX_CONNECTIONS]).toEqual([5000, 50]);
  });

  it.each([
    [{ HTTP_MAX_CONNECTIONS: '0' }, /HTTP_MAX_CONNECTIONS: /],
    [{ HTTP_HEADERS_TIMEOUT_MS: 'soon' }, /HTTP_HEADERS_TIMEOUT_MS: /],
    [
      { HTTP_HEADERS_TIMEOUT_MS: '60000', HTTP_REQUEST_TIMEOUT_MS: '30000' },
      /HTTP_HEADERS_TIMEOUT_MS: .*no longer than HTTP_REQUEST_TIMEOUT_MS/,
    ],
  ])('refuses %j, naming the variable', (source, message) => {
    expect(() => readEnv(source)).toThrow(message);
  });
});
