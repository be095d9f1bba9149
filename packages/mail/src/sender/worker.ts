import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Db } from '@belonging/db';
import { enqueueDueEmails } from '../schedule.ts';
import { deliverDueEmails } from './deliver.ts';
import { createSmtpSender, type TMailSender } from './smtp-sender.ts';

// The server's email loop: every interval, the schedule's tick (what is due goes into the
// outbox), then delivery of what is waiting. Without SMTP_URL only the tick runs, so the outbox
// fills and the admin app's Emails page shows what would have gone.

/** What the loop says: pino's methods fit; lines carry row ids and reasons, never addresses. */
export type TMailLogger = {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (fields: { err: unknown }, message: string) => void;
};

export type TMailWorkerOptions = {
  db: Db;
  smtpUrl?: string | undefined;
  mailFrom: string;
  appOrigin: string;
  logger: TMailLogger;
  intervalMs: number;
  /** How long a claim lasts unrenewed: a message a dead process held is sent after this. */
  leaseMs?: number;
  batchSize?: number;
  /** The instant each tick of the schedule decides what is due at (tests pin a day); claims always use the real clock. */
  scheduleNow?: () => Date;
};

export type TMailWorker = {
  /** Finishes the message in flight, gives back the claims it did not try, and stops. */
  stop: () => Promise<void>;
};

export function startMailWorker(options: TMailWorkerOptions): TMailWorker {
  const { db, logger, intervalMs } = options;
  const workerId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = options.leaseMs ?? 2 * intervalMs;
  const scheduleNow = options.scheduleNow ?? (() => new Date());
  let sender: TMailSender | null = null;
  if (options.smtpUrl) {
    sender = createSmtpSender({ smtpUrl: options.smtpUrl, mailFrom: options.mailFrom });
    logger.info(`Email goes out through the SMTP server at ${sender.server}.`);
  } else {
    logger.info('Email is not configured: messages wait in the outbox');
  }

  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let outage: string | null = null;

  const deliver = async (smtp: TMailSender) => {
    const result = await deliverDueEmails(db, smtp, {
      workerId,
      leaseMs,
      batchSize: options.batchSize,
      isStopping: () => stopping,
      onRefused: (id, reason) =>
        logger.warn(`Email ${id} was refused and will not be retried: ${reason}`),
    });
    if (result.unreachable) {
      // Said once per outage, not every interval; the rows keep the reason for the EDI team.
      if (outage === null)
        logger.warn(
          `Email could not be sent (${smtp.server}): ${result.unreachable}. Messages wait in the outbox and are tried again.`,
        );
      outage = result.unreachable;
    } else if (outage !== null && result.sent > 0) {
      logger.info(`Email is being delivered again through ${smtp.server}.`);
      outage = null;
    }
    if (result.sent > 0) logger.info(`Sent ${result.sent} email(s).`);
  };

  const runOnce = async () => {
    try {
      await enqueueDueEmails(db, { now: scheduleNow(), appOrigin: options.appOrigin });
    } catch (error) {
      logger.error({ err: error }, 'The email schedule could not run; it runs again next interval');
    }
    if (!sender || stopping) return;
    try {
      await deliver(sender);
    } catch (error) {
      logger.error(
        { err: error },
        'Sending email failed; waiting messages are tried again next interval',
      );
    }
  };

  const running = { current: Promise.resolve() };
  const loop = () => {
    running.current = runOnce().finally(() => {
      // Unref'd: the loop never keeps a process alive on its own.
      if (!stopping) timer = setTimeout(loop, intervalMs).unref();
    });
  };
  loop();

  return {
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      await running.current;
      sender?.close();
    },
  };
}
