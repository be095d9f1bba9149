import { toIsoDay } from '@belonging/domain';

/** Today in the UK as 'YYYY-MM-DD', the way the rules count days. */
export function todayIso(): string {
  return toIsoDay(new Date());
}
