import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret, settingsKey } from './sealed-secret.ts';

function keyOf(text: string): Buffer {
  const key = settingsKey({ SETTINGS_KEY: text });
  if (!key) throw new Error('no key');
  return key;
}
const key = keyOf('a'.repeat(40));
const otherKey = keyOf('b'.repeat(40));

describe('sealed secrets', () => {
  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const sealed = sealSecret('client-secret-value', key);
    expect(sealed).not.toContain('client-secret-value');
    expect(sealed.startsWith('sealed:v1:')).toBe(true);
    expect(openSecret(sealed, key)).toBe('client-secret-value');
  });

  it('seals the same secret differently each time', () => {
    expect(sealSecret('s', key)).not.toBe(sealSecret('s', key));
  });

  it('refuses another key, a tampered value and plain text', () => {
    const sealed = sealSecret('client-secret-value', key);
    expect(openSecret(sealed, otherKey)).toBeNull();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(openSecret(tampered, key)).toBeNull();
    expect(openSecret('client-secret-value', key)).toBeNull();
    expect(openSecret('sealed:v1:abc', key)).toBeNull();
  });

  it('has no key without SETTINGS_KEY and refuses a short one', () => {
    expect(settingsKey({})).toBeNull();
    expect(() => settingsKey({ SETTINGS_KEY: 'short' })).toThrow(/at least 32/);
  });
});
