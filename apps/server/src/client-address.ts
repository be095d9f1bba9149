import type { IncomingMessage } from 'node:http';

/**
 * The caller's address when `trustedHops` proxies stand in front of the server. Each trusted proxy
 * appends the address it heard from to X-Forwarded-For, so the client is that many entries from the
 * right (counting the socket peer); anything further left was written by the client and is ignored.
 */
export function clientAddress(
  req: Pick<IncomingMessage, 'headers' | 'socket'>,
  trustedHops: number,
): string {
  const peer = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedHops)] ?? peer;
}
