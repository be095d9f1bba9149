import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

describe('readEnv: TRUST_PROXY', () => {
  it('defaults to trusting no proxy', () => {
    expect(readEnv({}).TRUST_PROXY).toBe(0);
  });

  it('reads a number of proxy hops', () => {
    expect(readEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
  });

  it.each(['yes', '-1', '1.5'])('refuses %j, naming the variable', (value) => {
    expect(() => readEnv({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY: TRUST_PROXY must be/);
  });
});
