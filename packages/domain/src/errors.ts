/** Why a rule refused its input: a stable code for programs and a message that names the problem. */
export type TDomainErrorCode =
  | 'invalid_date'
  | 'invalid_number'
  | 'invalid_option'
  | 'missing_target'
  | 'missing_band'
  | 'band_low_above_high'
  | 'target_before_baseline'
  | 'trajectory_outside_range'
  | 'duplicate_trajectory_date'
  | 'duplicate_period_end'
  | 'invalid_count'
  | 'zero_reference_pay'
  | 'invalid_score';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: TDomainErrorCode,
    message: string,
    /** The input field at fault, as a dotted path, when there is one. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * True for errors thrown by the rules. Checks the shape as well as the class, so an error from a
 * second copy of this package (another bundle) is still recognised.
 */
export function isDomainError(error: unknown): error is DomainError {
  if (error instanceof DomainError) return true;
  return (
    error instanceof Error &&
    error.name === 'DomainError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/** Throws unless `value` is a finite number; `label` names it in the message. */
export function assertFinite(value: number, label: string, field?: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new DomainError(
      'invalid_number',
      `${label} must be a finite number, not ${String(value)}`,
      field,
    );
  }
}

/** Said when the database cannot be reached: by the API's answer (503) and by the apps. */
export const SERVICE_UNAVAILABLE_MESSAGE = 'The service is unavailable, try again in a minute.';
/** How long the 503 answer asks a client to wait before trying again (its Retry-After). */
export const SERVICE_UNAVAILABLE_RETRY_SECONDS = 30;
