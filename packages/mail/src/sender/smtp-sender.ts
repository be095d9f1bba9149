import nodemailer from 'nodemailer';
import type { TOutboxClaimed } from '@belonging/db';
import { messageIdFor, parseMailFrom } from './mail-from.ts';

// The SMTP side of the sender: one nodemailer transport over SMTP_URL. Each message carries the
// plain text and the HTML as alternatives, and a Message-ID made from its outbox row's id.

/** No single message may hold its claim longer than this, however slowly the server answers. */
const SEND_TIMEOUT_MS = 120_000;

export type TMailSender = {
  send: (message: TOutboxClaimed) => Promise<void>;
  close: () => void;
  /** "smtp.example.nhs.uk:587": where mail goes, for the log; never the credentials. */
  server: string;
};

export function describeSmtpServer(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
  return `${url.hostname}:${port}`;
}

export function createSmtpSender(input: { smtpUrl: string; mailFrom: string }): TMailSender {
  const from = parseMailFrom(input.mailFrom);
  if (!from)
    throw new Error('MAIL_FROM must be one email address, e.g. "Name <no-reply@example.nhs.uk>"');
  const transport = nodemailer.createTransport({
    url: input.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    server: describeSmtpServer(input.smtpUrl),
    close: () => transport.close(),
    send: async (message) => {
      await transport.sendMail({
        from: input.mailFrom,
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
        messageId: messageIdFor(message.id, from.domain),
        // RFC 3834: automatic replies (out of office) are not sent back to a no-reply address.
        headers: { 'Auto-Submitted': 'auto-generated' },
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      });
    },
  };
}
