import net, { type AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

// A real SMTP server in this process for the delivery tests: it parses what it accepts, refuses
// chosen recipients or whole connections with the codes a real server uses, and can hold one
// message inside DATA (its end-of-data reply never sent) until the test lets it go.

export type TReceivedMail = {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  lang: string | null;
  autoSubmitted: string | null;
};

type Refusal = { code: number; text: string };
type Held = { index: number; accept: () => void };

/** An SMTP error the server answers with `code` (smtp-server reads responseCode). */
const smtpError = ({ code, text }: Refusal) =>
  Object.assign(new Error(text), { responseCode: code });

export type TestSmtpServer = Awaited<ReturnType<typeof startTestSmtpServer>>;

export async function startTestSmtpServer(options: { user?: string; pass?: string } = {}) {
  const received: TReceivedMail[] = [];
  const refusedRecipients = new Map<string, Refusal>();
  let connectionRefusal: Refusal | null = null;
  let dataCount = 0;
  let holdAt: number | null = null;
  const waiters: Array<() => void> = [];
  let onHeld: ((held: Held) => void) | null = null;

  const changed = () => waiters.splice(0).forEach((wake) => wake());
  const accept = async (raw: Buffer) => {
    const mail = await simpleParser(raw);
    const to = [mail.to ?? []].flat().flatMap((group) => group.value.map((a) => a.address ?? ''));
    const html = typeof mail.html === 'string' ? mail.html : '';
    received.push({
      messageId: mail.messageId ?? '',
      from: mail.from?.value[0]?.address ?? '',
      to,
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      html,
      lang: /<html[^>]*\blang="([^"]+)"/i.exec(html)?.[1] ?? null,
      autoSubmitted: (mail.headers.get('auto-submitted') as string | undefined) ?? null,
    });
    changed();
  };

  const settings: SMTPServerOptions = {
    logger: false,
    // Closing does not wait long for a connection a test left holding a message.
    closeTimeout: 500,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    authOptional: !options.user,
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.pass)
        return callback(null, { user: auth.username });
      callback(smtpError({ code: 535, text: '5.7.8 Authentication credentials invalid' }));
    },
    onConnect(_session, callback) {
      callback(connectionRefusal ? smtpError(connectionRefusal) : null);
    },
    onRcptTo(address, _session, callback) {
      const refusal = refusedRecipients.get(address.address);
      callback(refusal ? smtpError(refusal) : null);
    },
    onData(stream, _session, callback) {
      const index = ++dataCount;
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const finish = () =>
          accept(raw).then(
            () => callback(null, `2.0.0 Queued as test-${index}`),
            (error: unknown) => callback(error as Error),
          );
        if (holdAt !== index) return void finish();
        // The whole message has arrived; its sender waits for the reply that only `accept` sends.
        onHeld?.({ index, accept: () => void finish() });
      });
    },
  };
  const server = new SMTPServer(settings);
  // A client killed mid-message resets its connection; that is the test's doing, not a failure.
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const credentials = options.user
    ? `${encodeURIComponent(options.user)}:${encodeURIComponent(options.pass ?? '')}@`
    : '';

  return {
    port,
    url: `smtp://${credentials}127.0.0.1:${port}`,
    /** Every message accepted so far, in the order accepted. */
    received,
    /** How many messages reached DATA (accepted, held or dropped). */
    dataCount: () => dataCount,
    /** Answers RCPT TO `address` with `refusal` (e.g. 550); null to accept it again. */
    refuseRecipient(address: string, refusal: Refusal | null) {
      if (refusal) refusedRecipients.set(address, refusal);
      else refusedRecipients.delete(address);
    },
    /** Answers every new connection with `refusal` (e.g. 421) and closes it; null to stop. */
    refuseConnections(refusal: Refusal | null) {
      connectionRefusal = refusal;
    },
    /** Holds the `index`th message (counted from 1) inside DATA; resolves once it has arrived. */
    holdMessage(index: number): Promise<Held> {
      holdAt = index;
      return new Promise((resolve) => (onHeld = resolve));
    },
    /** Resolves once `count` messages have been accepted. */
    async waitForReceived(count: number): Promise<void> {
      while (received.length < count) await new Promise<void>((wake) => waiters.push(wake));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
