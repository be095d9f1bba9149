import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerUnexpectedError } from './request-guard.ts';

describe('answerUnexpectedError', () => {
  let server: http.Server;
  let url: string;
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);

  beforeAll(async () => {
    const app = new Hono();
    app.onError(answerUnexpectedError);
    app.get('/throws', () => {
      throw new Error('unexpected');
    });
    app.get('/rejects', () => Promise.reject(new Error('unexpected later')));
    app.get('/fine', (c) => c.text('fine'));
    const listener = getRequestListener(app.fetch);
    server = http.createServer((req, res) => void listener(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    quiet.mockRestore();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('answers a throw or a rejection with a 500 that names nothing, logs it, and keeps serving', async () => {
    for (const path of ['/throws', '/rejects']) {
      const res = await fetch(`${url}${path}`);
      expect(res.status).toBe(500);
      expect(await res.text()).not.toMatch(/unexpected/);
    }
    expect(quiet).toHaveBeenCalledTimes(2);
    expect(await (await fetch(`${url}/fine`)).text()).toBe('fine');
  });
});
