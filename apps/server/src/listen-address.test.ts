import { describe, expect, it } from 'vitest';
import { listenAddress } from './listen-address.ts';

describe('the address the server says it listens on', () => {
  it('is localhost for the loopback and every-interface addresses', () => {
    expect(listenAddress('127.0.0.1', 3977)).toBe('http://localhost:3977');
    expect(listenAddress('0.0.0.0', 3000)).toBe('http://localhost:3000');
    expect(listenAddress('::', 3000)).toBe('http://localhost:3000');
  });

  it('keeps a named host, and brackets an IPv6 one so links in emails stay web addresses', () => {
    expect(listenAddress('tracker.internal', 8080)).toBe('http://tracker.internal:8080');
    expect(listenAddress('::1', 3000)).toBe('http://[::1]:3000');
    expect(URL.canParse(listenAddress('fe80::1', 3000))).toBe(true);
  });
});
