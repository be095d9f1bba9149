import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureLogs } from '../test/log-capture.ts';
import { queryTrpc } from '../test/trpc-client.ts';
import { signInCookie } from '../test/upload-client.ts';
import { readEnv } from './env.ts';
import { startServer } from './start.ts';

// SMTP_URL set in the environment is what makes the Emails page stop saying that messages only
// wait: the start passes it to the API as mailConfigured.
describe('the server started with SMTP_URL', () => {
  it('tells the Emails page that email is configured', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-mail-start-'));
    const env = readEnv({
      DATABASE_URL: `file:${path.join(dir, 'start.db')}`,
      PORT: '0',
      HOST: '127.0.0.1',
      // Nothing listens here: the worker's failed tries leave messages waiting, which is all right.
      SMTP_URL: 'smtp://127.0.0.1:9',
      MAIL_INTERVAL_MS: '3600000',
    });
    const started = await startServer(env, captureLogs('warn').logger);
    try {
      const url = started.url.replace('localhost', '127.0.0.1');
      const cookie = await signInCookie(url, 'edi.lead@belonging.test');
      const settings = await queryTrpc<{ mailConfigured: boolean }>(
        url,
        'admin.email.settings',
        undefined,
        cookie,
      );
      expect(settings.mailConfigured).toBe(true);
    } finally {
      await started.close(1_000);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
