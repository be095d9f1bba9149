export type ReportErrorCode = 'no_strategy' | 'no_period' | 'period_not_found' | 'already_locked';

/**
 * A report or snapshot request that cannot be met, with a code the API maps to a tRPC error
 * (not found, or a conflict for `already_locked`) and a message fit to show.
 */
export class ReportError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}

export function isReportError(error: unknown): error is ReportError {
  return error instanceof ReportError;
}
