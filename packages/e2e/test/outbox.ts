import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TDemoOutboxMessage } from '../../db/test/support/fixtures/outbox-message-input.ts';

const DB_PACKAGE = fileURLToPath(new URL('../../db/', import.meta.url));

/**
 * Adds messages to the demo trust's outbox in the browser tests' database (the server's own), as
 * the mail rules and sender would leave them; returns their ids.
 */
export function addOutboxMessages(messages: TDemoOutboxMessage[]): string[] {
  const url = process.env.E2E_DATABASE_URL ?? 'file:/tmp/belonging-e2e/e2e.db';
  const out = execFileSync(
    `${DB_PACKAGE}node_modules/.bin/tsx`,
    ['test/support/add-outbox-messages-cli.ts', JSON.stringify(messages)],
    { cwd: DB_PACKAGE, env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' },
  );
  return JSON.parse(out) as string[];
}
