import pino, { type DestinationStream, type Logger, type LevelWithSilent } from 'pino';
import { prettyFactory } from 'pino-pretty';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/** "auto": readable lines in a terminal, JSON lines otherwise (a file, a pipe, a log collector). */
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;

export type LoggerOptions = {
  level?: LevelWithSilent;
  format?: (typeof LOG_FORMATS)[number];
  /** Where lines go (default process.stdout, written in order as they come); tests pass a stream they read back. */
  destination?: DestinationStream;
};

type SerializedError = { type?: string; message?: string; stack?: string; cause?: unknown };

/**
 * Prisma's messages quote the failing call, arguments (emails, narratives) included; their last
 * line says what went wrong, so only that is kept, in the message and in the stack.
 */
function withoutQuotedData(err: SerializedError): SerializedError {
  if (err.type?.startsWith('PrismaClient') && err.message) {
    const said = err.message.trim().split('\n').at(-1) ?? '';
    const frames = (err.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    err.message = said;
    err.stack = [`${err.type}: ${said}`, ...frames].join('\n');
  }
  if (err.cause && typeof err.cause === 'object') withoutQuotedData(err.cause);
  return err;
}

const serializeError = (err: unknown): unknown => {
  const serialized = pino.stdSerializers.errWithCause(err as Error) as unknown;
  return serialized && typeof serialized === 'object' ? withoutQuotedData(serialized) : serialized;
};

/**
 * pino-pretty's formatter on each line as it is written, in this thread: neither a transport
 * worker (the bundled server carries no worker file) nor a piped stream that could lag behind.
 */
function readableLines(out: DestinationStream): DestinationStream {
  const prettify = prettyFactory({
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname',
    singleLine: true,
    colorize: out === process.stdout && process.stdout.isTTY,
  });
  return { write: (line: string) => void out.write(prettify(line)) };
}

/**
 * The server's logger: one JSON object a line, or pino-pretty's readable lines in a terminal.
 */
export function createLogger({
  level = 'info',
  format = 'auto',
  destination,
}: LoggerOptions = {}): Logger {
  const readable = format === 'pretty' || (format === 'auto' && process.stdout.isTTY);
  const out = destination ?? process.stdout;
  const stream = readable ? readableLines(out) : out;
  return pino(
    {
      level,
      serializers: { err: serializeError },
      // A second guard: these never belong in a line, whatever a caller passes.
      redact: {
        paths: [
          'email',
          'password',
          'token',
          'cookie',
          '*.email',
          '*.password',
          '*.token',
          '*.cookie',
        ],
        censor: '[not logged]',
      },
    },
    stream,
  );
}
