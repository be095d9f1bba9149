import type { RequestMeta } from '@belonging/api';
import type { Context } from 'hono';
import { clientAddress } from './client-address.ts';
import type { HostEnv, ServerOptions } from './host-options.ts';

/**
 * A write is same-origin when the browser's Origin matches this server (or APP_ORIGIN). Clients
 * that send no Origin (scripts, tests) are judged by Sec-Fetch-Site, which browsers always send.
 * Hono's csrf() is stricter (it refuses a form with neither header) and skips JSON, so not used.
 */
export function requestMeta<E extends HostEnv>(
  c: Context<E>,
  { appOrigin, trustProxy = 0 }: Pick<ServerOptions, 'appOrigin' | 'trustProxy'>,
): RequestMeta {
  // Anyone can send X-Forwarded-Proto: it is believed only when a trusted proxy wrote it.
  const forwardedProto =
    trustProxy > 0 ? (c.req.header('x-forwarded-proto') ?? '').split(',')[0]?.trim() : undefined;
  const secure = appOrigin ? appOrigin.startsWith('https:') : forwardedProto === 'https';
  const expected = appOrigin ?? `${secure ? 'https' : 'http'}://${c.req.header('host') ?? ''}`;
  const origin = c.req.header('origin');
  const site = c.req.header('sec-fetch-site');
  const sameOrigin = origin ? origin === expected : site !== 'cross-site' && site !== 'same-site';
  return { ip: clientAddress(c.env.incoming, trustProxy), sameOrigin, secure };
}
