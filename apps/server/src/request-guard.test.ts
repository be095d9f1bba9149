import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLogs } from '../test/log-capture.ts';
import { answerUnexpectedError } from './request-guard.ts';
import { requestLog } from './request-log.ts';

describe('answerUnexpectedError', () => {
  let server: http.Server;
  let url: string;
  const capture = captureLogs();

  beforeAll(async () => {
    const app = new Hono();
    app.onError(answerUnexpectedError);
    app.use(requestLog(capture.logger));
    app.get('/throws', () => {
      throw new Error('unexpected', { cause: new Error('the disk is full') });
    });
    app.get('/rejects', () => Promise.reject(new Error('unexpected later')));
    app.get('/fine', (c) => c.text('fine'));
    const listener = getRequestListener(app.fetch);
    server = http.createServer((req, res) => void listener(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('answers a throw or a rejection with a 500 that names nothing, logs it, and keeps serving', async () => {
    for (const path of ['/throws', '/rejects']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status).toBe(500);
      expect(await res.text()).not.toMatch(/unexpected/);
    }
    const failures = capture.lines().filter((l) => l.msg === 'Request failed');
    expect(failures).toHaveLength(2);
    expect(await (await fetch(`${url}/fine`)).text()).toBe('fine');
  });

  it('logs the error with its cause on a line that carries the request id, beside the 500 request line', async () => {
    const res = await fetch(`${url}/throws`);
    const requestId = res.headers.get('x-request-id');
    const lines = capture.lines().filter((l) => l.requestId === requestId);
    expect(lines.map((l) => [l.msg, l.level])).toEqual([
      ['Request failed', 50],
      ['request', 50],
    ]);
    expect(lines[0]?.err).toMatchObject({
      type: 'Error',
      message: 'unexpected',
      stack: expect.stringContaining('request-guard.test.ts') as unknown,
      cause: { type: 'Error', message: 'the disk is full' },
    });
    expect(lines[1]).toMatchObject({ route: '/throws', status: 500 });
  });
});
