export { ACTION_STATUS_LABELS as STATUS_LABELS } from '@belonging/domain';

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
