// For browser tests, which run the real server and cannot reach its database in-process: adds
// messages to the demo trust's outbox in DATABASE_URL, as the mail rules and the sender would
// leave them, and prints their ids as JSON. Input: one JSON array argument of messages, each
// naming its recipient by email.
import { createDb } from '../../src/client.ts';
import type { TDemoOutboxMessage } from './fixtures/outbox-message-input.ts';
import { addOutboxMessage } from './fixtures/outbox-messages.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL names the database to add messages to.');
const messages = JSON.parse(process.argv[2] ?? '[]') as TDemoOutboxMessage[];
const { db } = createDb(url);
try {
  const demo = await db.organisation.findFirstOrThrow({
    where: { isDemo: true },
    select: { id: true },
  });
  const ids: string[] = [];
  for (const { recipientEmail, createdAt, ...message } of messages) {
    const recipient = recipientEmail
      ? await db.user.findUniqueOrThrow({ where: { email: recipientEmail }, select: { id: true } })
      : null;
    const added = await addOutboxMessage(db, {
      ...message,
      organisationId: demo.id,
      recipientId: recipient?.id ?? null,
      toAddress: message.toAddress ?? recipientEmail,
      createdAt: createdAt ? new Date(createdAt) : undefined,
    });
    ids.push(added.id);
  }
  process.stdout.write(JSON.stringify(ids));
} finally {
  await db.$disconnect();
}
