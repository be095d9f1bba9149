import addressparser from 'nodemailer/lib/addressparser';

// MAIL_FROM: the From line of every message, and the domain its Message-IDs are made in.

/** The one mailbox in `value` ("Name <address@domain>" or a bare address); null if not exactly one. */
export function parseMailFrom(value: string): { address: string; domain: string } | null {
  const parsed = addressparser(value, { flatten: true });
  const address = parsed.length === 1 ? parsed[0]?.address : undefined;
  const match = address ? /^[^\s@<>]+@([^\s@<>]+\.[^\s@<>]+|localhost)$/.exec(address) : null;
  return address && match?.[1] ? { address, domain: match[1].toLowerCase() } : null;
}

/** The From line when MAIL_FROM is not set: a no-reply address at the app's own host. */
export function defaultMailFrom(appOrigin: string | undefined): string {
  const from = `Belonging Tracker <no-reply@${appOrigin ? new URL(appOrigin).hostname : 'localhost'}>`;
  // A host that makes no address (an IPv6 literal) falls back to localhost.
  return parseMailFrom(from) ? from : 'Belonging Tracker <no-reply@localhost>';
}

/**
 * The Message-ID of an outbox row: the row's id is the idempotency key, so a message sent again
 * after a crash carries the same id and a receiving system can tell it is the same message.
 */
export function messageIdFor(outboxId: string, mailFromDomain: string): string {
  return `<${outboxId}@${mailFromDomain}>`;
}
