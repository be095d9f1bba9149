import { DEMO_PASSWORD } from '@belonging/db';
import { testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { startTrpcHttp } from '../test/support/http.ts';
import { DEMO } from '../test/support/index.ts';
import { useApiTestBed } from '../test/support/use-api-test-bed.ts';

type ErrorBody = { error: { json: { message: string } } };

describe.each(testProviders())('the sign-in throttle over HTTP, on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  it('refuses a delayed pair with 429, Retry-After and words from another server process, and again after a restart', async () => {
    const at = new Date();
    const now = () => at;
    const signIn = (server: Awaited<ReturnType<typeof startTrpcHttp>>, password: string) =>
      server.call('mutation', 'auth.signIn', { email: DEMO.board, password });
    const first = await startTrpcHttp(bed.db, bed.target, { now });
    const second = await startTrpcHttp(bed.db, bed.target, { now });
    try {
      for (let i = 0; i < 5; i++) expect((await signIn(first, 'guess')).status).toBe(401);
      const refused = await signIn(second, DEMO_PASSWORD);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect((refused.body as ErrorBody).error.json.message).toBe(
        'Too many attempts. Try again in 1 second.',
      );
      await first.close();
      const restarted = await startTrpcHttp(bed.db, bed.target, { now });
      try {
        expect((await signIn(restarted, DEMO_PASSWORD)).status).toBe(429);
      } finally {
        await restarted.close();
      }
    } finally {
      await Promise.allSettled([first.close(), second.close()]);
    }
  });
});
