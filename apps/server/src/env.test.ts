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

describe('readEnv: LOG_LEVEL and LOG_FORMAT', () => {
  it('defaults to info, in JSON or readable lines as the output decides', () => {
    expect(readEnv({})).toMatchObject({ LOG_LEVEL: 'info', LOG_FORMAT: 'auto' });
  });

  it('reads a level and a format', () => {
    expect(readEnv({ LOG_LEVEL: 'warn', LOG_FORMAT: 'json' })).toMatchObject({
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
    });
  });

  it.each([
    ['LOG_LEVEL', 'loud'],
    ['LOG_FORMAT', 'xml'],
  ])('refuses %s=%j, naming the variable and the choices', (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(new RegExp(`${name}: ${name} must be one of`));
  });
});
