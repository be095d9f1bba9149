import { seedDemoTrust } from '@belonging/db';
import { createTestDatabase, type TestDatabase } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';
import { rawRequest } from '../test/raw-request.ts';
import { MAX_BODY_BYTES } from './trpc-route.ts';

const MB = 1024 * 1024;

/** A request head with no session cookie and no Origin (a script, not a browser). */
const head = (url: string, target: string, lines: string[]) =>
  [`POST ${target} HTTP/1.1`, `Host: ${new URL(url).host}`, ...lines, ''].join('\n');

describe('a body too large is refused before the session is read, and not read itself', () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await seedDemoTrust(database.db);
    server = await startTestServer(database, { maxUploadBytes: MB });
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('tRPC: a signed-out 50 MB body is answered 413 by its Content-Length and the connection closed unread', async () => {
    const size = 50 * MB;
    const answer = await rawRequest(
      server.url,
      head(server.url, '/trpc/admin.import.commit', [
        'Content-Type: application/json',
        `Content-Length: ${size}`,
      ]),
      size,
    );
    expect(answer.status).toBe(413);
    expect(answer.text).toMatch(/connection: close/i);
    // The server stopped reading: the client could not hand over the whole 50 MB.
    expect(answer.sent).toBeLessThan(size);
    expect(MAX_BODY_BYTES).toBeLessThan(size);
  });

  it('tRPC: a streamed body is counted and refused once it passes the limit', async () => {
    const answer = await rawRequest(
      server.url,
      head(server.url, '/trpc/auth.signIn', [
        'Content-Type: application/json',
        'Transfer-Encoding: chunked',
        '',
        `${(MAX_BODY_BYTES + MB).toString(16)}`,
      ]).replace(/\n$/, ''),
      MAX_BODY_BYTES + 40 * MB,
    );
    expect(answer.status).toBe(413);
    expect(answer.sent).toBeLessThan(MAX_BODY_BYTES + 40 * MB);
  });

  it('workforce upload: a signed-out upload over the limit is answered 413, not 401, by its Content-Length', async () => {
    const size = 5 * MB;
    const answer = await rawRequest(
      server.url,
      head(server.url, '/api/workforce/uploads', [
        'Content-Type: multipart/form-data; boundary=x',
        `Content-Length: ${size}`,
      ]),
      size,
    );
    expect(answer.status).toBe(413);
    expect(answer.text).toContain('larger than');
    expect(answer.sent).toBeLessThan(size);
  });

  it('workforce upload: a signed-out streamed upload is refused 401 without reading it', async () => {
    const size = 60 * MB;
    const answer = await rawRequest(
      server.url,
      head(server.url, '/api/workforce/uploads', [
        'Content-Type: multipart/form-data; boundary=x',
        'Transfer-Encoding: chunked',
        '',
        `${size.toString(16)}`,
      ]).replace(/\n$/, ''),
      size,
    );
    expect(answer.status).toBe(401);
    expect(answer.sent).toBeLessThan(size);
  });
});
