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

describe('readEnv: single sign-on', () => {
  const provider = {
    OIDC_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
    OIDC_CLIENT_ID: 'tracker',
    OIDC_CLIENT_SECRET: 'secret',
  };

  it('reads a provider with its client, and the trust it is for', () => {
    expect(readEnv({ ...provider, OIDC_TRUST: 'demo-partnership' })).toMatchObject({
      ...provider,
      OIDC_TRUST: 'demo-partnership',
    });
  });

  it('refuses an issuer without its client id and secret, naming them', () => {
    expect(() => readEnv({ OIDC_ISSUER: provider.OIDC_ISSUER })).toThrow(
      /OIDC_ISSUER: OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together/,
    );
  });

  it('refuses an issuer that is not a URL', () => {
    expect(() => readEnv({ ...provider, OIDC_ISSUER: 'entra' })).toThrow(
      /OIDC_ISSUER: OIDC_ISSUER must be/,
    );
  });
});

describe('readEnv: email', () => {
  it('sends no email without SMTP_URL, from a no-reply address at the app’s host, every minute', () => {
    const env = readEnv({});
    expect(env.SMTP_URL).toBeUndefined();
    expect(env).toMatchObject({
      MAIL_FROM: 'Belonging Tracker <no-reply@localhost>',
      MAIL_INTERVAL_MS: 60_000,
    });
    const behindProxy = readEnv({ APP_ORIGIN: 'https://tracker.trust.nhs.uk', SMTP_URL: '' });
    expect(behindProxy.SMTP_URL).toBeUndefined();
    expect(behindProxy.MAIL_FROM).toBe('Belonging Tracker <no-reply@tracker.trust.nhs.uk>');
  });

  it('reads an SMTP or SMTPS URL, a From address and an interval', () => {
    const env = readEnv({
      SMTP_URL: 'smtps://tracker:secret@smtp.trust.nhs.uk:465',
      MAIL_FROM: 'EDI team <edi@trust.nhs.uk>',
      MAIL_INTERVAL_MS: '30000',
    });
    expect(env).toMatchObject({
      SMTP_URL: 'smtps://tracker:secret@smtp.trust.nhs.uk:465',
      MAIL_FROM: 'EDI team <edi@trust.nhs.uk>',
      MAIL_INTERVAL_MS: 30_000,
    });
  });

  it.each(['smtp.trust.nhs.uk', 'http://smtp.trust.nhs.uk', 'smtp://user:pa55word@'])(
    'refuses SMTP_URL=%j, naming the variable and never repeating its value',
    (value) => {
      const refusal = () => readEnv({ SMTP_URL: value });
      expect(refusal).toThrow(/SMTP_URL: SMTP_URL must be a URL like smtp:\/\//);
      expect(refusal).not.toThrow(/pa55word/);
    },
  );

  it.each([
    ['MAIL_FROM', 'the tracker', /MAIL_FROM: MAIL_FROM must be one email address/],
    ['MAIL_FROM', 'a@trust.nhs.uk, b@trust.nhs.uk', /MAIL_FROM: MAIL_FROM must be one email/],
    ['MAIL_INTERVAL_MS', '500', /MAIL_INTERVAL_MS: MAIL_INTERVAL_MS must be 1000/],
  ])('refuses %s=%j, naming the variable', (name, value, said) => {
    expect(() => readEnv({ [name]: value })).toThrow(said);
  });
});
