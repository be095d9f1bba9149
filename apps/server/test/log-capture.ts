import { createLogger, type Logger } from '../src/logger.ts';

export type LogLine = Record<string, unknown> & { msg?: string; level: number };

/** A JSON logger whose lines are kept here to be read back, as the server would print them. */
export function captureLogs(level: 'info' | 'warn' = 'info') {
  const written: string[] = [];
  const logger: Logger = createLogger({
    level,
    format: 'json',
    destination: { write: (line: string) => void written.push(line) },
  });
  return {
    logger,
    /** Everything written, exactly as written. */
    text: () => written.join(''),
    lines: (): LogLine[] => written.map((line) => JSON.parse(line) as LogLine),
    requestLines: () =>
      written.map((line) => JSON.parse(line) as LogLine).filter((l) => l.msg === 'request'),
  };
}
