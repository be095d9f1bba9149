import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const DB_PACKAGE = fileURLToPath(new URL('../../db/', import.meta.url));

export type TE2eOutboxMessage = {
  recipientEmail?: string;
  toAddress?: string;
  kind?: string;
  subject?: string;
  textBody?: string;
  htmlBody?: string;
  state?: 'waiting' | 'sent' | 'failed';
  createdAt?: string;
  attempts?: number;
  lastError?: string;
};

/**
 * Adds messages to the demo trust's outbox in the browser tests' database (the server's own), as
 * the mail rules and sender would leave them; returns their ids.
 */
export function addOutboxMessages(messages: TE2eOutboxMessage[]): string[] {
  const url = process.env.E2E_DATABASE_URL ?? 'file:/tmp/belonging-e2e/e2e.db';
  const out = execFileSync(
    `${DB_PACKAGE}node_modules/.bin/tsx`,
    ['test/support/add-outbox-messages-cli.ts', JSON.stringify(messages)],
    { cwd: DB_PACKAGE, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' },
  );
  return JSON.parse(out) as string[];
}
