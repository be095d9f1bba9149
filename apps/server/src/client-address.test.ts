import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.ts';

const request = (forwardedFor: string | undefined, peer = '10.0.0.5') =>
  ({
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    socket: { remoteAddress: peer },
  }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it.each([
    ['no trusted proxy: the socket peer, whatever the header says', '198.51.100.1', 0, '10.0.0.5'],
    ['one proxy: the address it heard from', '198.51.100.1', 1, '198.51.100.1'],
    [
      'one proxy: a client-written entry further left is ignored',
      'spoofed, 198.51.100.1',
      1,
      '198.51.100.1',
    ],
    ['two proxies: two hops back', '198.51.100.1, 10.0.0.9', 2, '198.51.100.1'],
    ['more trusted hops than entries: the leftmost', '198.51.100.1', 3, '198.51.100.1'],
    ['trusted proxy but no header: the socket peer', undefined, 1, '10.0.0.5'],
  ])('%s', (_name, header, hops, expected) => {
    expect(clientAddress(request(header), hops)).toBe(expected);
  });
});
