import type { TActionStatus } from '@belonging/domain';

export const STATUS_LABELS: Record<TActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
  cancelled: 'Cancelled',
};

export const DIRECTION_LABELS = {
  increase: 'Higher is better',
  decrease: 'Lower is better',
  band: 'Within a range is best',
} as const;

export const FREQUENCY_LABELS = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Yearly',
} as const;
