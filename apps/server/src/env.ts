import path from 'node:path';
import { parseDatabaseUrl } from '@belonging/db';
import { defaultMailFrom, parseMailFrom } from '@belonging/mail';
import { z } from 'zod';
import { DEFAULT_CONNECTION_LIMITS } from './connection-limits.ts';
import { LOG_FORMATS, LOG_LEVELS } from './logger.ts';

/** Milliseconds, whole, from one second up to an hour. */
const wholeMs = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number of milliseconds` })
    .int(`${name} must be a whole number of milliseconds`)
    .min(1_000, `${name} must be 1000 (one second) or more`)
    .max(3_600_000, `${name} must be 3600000 (one hour) or less`)
    .default(fallback);

const ZEnv = z
  .object({
    DATABASE_URL: z
      .string()
      .default('file:./data/belonging.db')
      .superRefine((url, ctx) => {
        try {
          parseDatabaseUrl(url);
        } catch (error) {
          ctx.addIssue({
            code: 'custom',
            message: error instanceof Error ? error.message : String(error),
          });
        }
      }),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    APP_ORIGIN: z.url().optional(),
    SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
    // Email: unset SMTP_URL keeps messages in the outbox (the admin app's Emails page shows them).
    SMTP_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .url({
          protocol: /^smtps?$/,
          error: 'SMTP_URL must be a URL like smtp://user:password@smtp.example.nhs.uk:587',
        })
        .optional(),
    ),
    MAIL_FROM: z
      .string()
      .refine((value) => parseMailFrom(value) !== null, {
        error:
          'MAIL_FROM must be one email address, e.g. Belonging Tracker <no-reply@example.nhs.uk>',
      })
      .optional(),
    MAIL_INTERVAL_MS: wholeMs('MAIL_INTERVAL_MS', 60_000),
    TRUST_PROXY: z.coerce
      .number({ error: 'TRUST_PROXY must be a whole number of proxies' })
      .int('TRUST_PROXY must be a whole number of proxies')
      .min(0, 'TRUST_PROXY must be 0 or more')
      .max(10, 'TRUST_PROXY must be 10 or fewer')
      .default(0),
    HTTP_HEADERS_TIMEOUT_MS: wholeMs(
      'HTTP_HEADERS_TIMEOUT_MS',
      DEFAULT_CONNECTION_LIMITS.headersTimeoutMs,
    ),
    HTTP_REQUEST_TIMEOUT_MS: wholeMs(
      'HTTP_REQUEST_TIMEOUT_MS',
      DEFAULT_CONNECTION_LIMITS.requestTimeoutMs,
    ),
    HTTP_MAX_CONNECTIONS: z.coerce
      .number({ error: 'HTTP_MAX_CONNECTIONS must be a whole number' })
      .int('HTTP_MAX_CONNECTIONS must be a whole number')
      .min(1, 'HTTP_MAX_CONNECTIONS must be 1 or more')
      .default(DEFAULT_CONNECTION_LIMITS.maxConnections),
    // Single sign-on for one trust from the environment (it wins over the trust's stored settings).
    OIDC_ISSUER: z.url({ error: "OIDC_ISSUER must be the provider's issuer URL" }).optional(),
    OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_TRUST: z.string().trim().min(1).optional(),
    LOG_LEVEL: z
      .enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` })
      .default('info'),
    LOG_FORMAT: z
      .enum(LOG_FORMATS, { error: `LOG_FORMAT must be one of ${LOG_FORMATS.join(', ')}` })
      .default('auto'),
  })
  .refine((env) => env.HTTP_HEADERS_TIMEOUT_MS <= env.HTTP_REQUEST_TIMEOUT_MS, {
    path: ['HTTP_HEADERS_TIMEOUT_MS'],
    message: 'HTTP_HEADERS_TIMEOUT_MS must be no longer than HTTP_REQUEST_TIMEOUT_MS',
  })
  .refine(
    (env) => Boolean(env.OIDC_ISSUER) === Boolean(env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET),
    {
      path: ['OIDC_ISSUER'],
      message: 'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together',
    },
  );

/** MAIL_FROM defaults to a no-reply address at APP_ORIGIN's host. */
export type Env = z.infer<typeof ZEnv> & { MAIL_FROM: string };

/**
 * The server's environment, validated once. A relative SQLite path is taken from the folder the
 * command was started in (pnpm runs scripts inside the package, and says where in INIT_CWD).
 */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'env'}: ${i.message}`);
    throw new Error(`The server's environment is not valid:\n${lines.join('\n')}`);
  }
  const env = {
    ...parsed.data,
    MAIL_FROM: parsed.data.MAIL_FROM ?? defaultMailFrom(parsed.data.APP_ORIGIN),
  };
  const match = /^file:(\.{1,2}\/.*)$/.exec(env.DATABASE_URL);
  if (match?.[1]) {
    env.DATABASE_URL = `file:${path.resolve(source.INIT_CWD ?? process.cwd(), match[1])}`;
  }
  return env;
}
