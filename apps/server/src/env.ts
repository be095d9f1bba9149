import path from 'node:path';
import { parseDatabaseUrl } from '@belonging/db';
import { z } from 'zod';

const ZEnv = z.object({
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
  TRUST_PROXY: z.coerce
    .number({ error: 'TRUST_PROXY must be a whole number of proxies' })
    .int('TRUST_PROXY must be a whole number of proxies')
    .min(0, 'TRUST_PROXY must be 0 or more')
    .max(10, 'TRUST_PROXY must be 10 or fewer')
    .default(0),
});

export type Env = z.infer<typeof ZEnv>;

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
  const env = parsed.data;
  const match = /^file:(\.{1,2}\/.*)$/.exec(env.DATABASE_URL);
  if (match?.[1]) {
    env.DATABASE_URL = `file:${path.resolve(source.INIT_CWD ?? process.cwd(), match[1])}`;
  }
  return env;
}
