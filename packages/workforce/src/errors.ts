// A file the engine cannot read at all (wrong type, empty, missing columns, malformed CSV): the
// message is in words for the EDI lead and never quotes a row, so it is safe to show and log.
export class WorkforceFileError extends Error {
  override readonly name = 'WorkforceFileError';
  constructor(
    message: string,
    readonly fileName: string,
  ) {
    super(message);
  }
}

/**
 * DuckDB's messages can quote a row ("Original Line: …") or a value: keep the first line and blank
 * anything in quotes, so an unexpected failure can be reported without leaking a staff record.
 */
export function redactDuckDbMessage(message: string): string {
  const first = message.split('\n', 1)[0] ?? '';
  return first.replace(/(["'])(?:(?!\1).)*\1/g, '…');
}
