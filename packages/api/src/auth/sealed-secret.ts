import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// Secrets the EDI team types into the admin app (a single sign-on client secret) are stored
// sealed with AES-256-GCM under the server's SETTINGS_KEY, so a copy of the database alone does
// not give them away. They are never read back to any app: only the sign-in code opens them.

const PREFIX = 'sealed:v1:';

/** The 32-byte key from SETTINGS_KEY (any string of at least 32 characters), or null when unset. */
export function settingsKey(env: NodeJS.ProcessEnv = process.env): Buffer | null {
  const raw = env.SETTINGS_KEY?.trim();
  if (!raw) return null;
  if (raw.length < 32) throw new Error('SETTINGS_KEY must be at least 32 characters long.');
  return createHash('sha256').update(raw).digest();
}

export function sealSecret(plain: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The plain secret, or null when it was sealed under another key or is not a sealed value. */
export function openSecret(sealed: string, key: Buffer): string | null {
  if (!sealed.startsWith(PREFIX)) return null;
  const raw = Buffer.from(sealed.slice(PREFIX.length), 'base64url');
  if (raw.length < 28) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
