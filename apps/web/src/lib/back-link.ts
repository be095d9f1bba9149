import { useLocation } from 'react-router';

export type TBack = { href: string; text: string };

/** The board report as the place to come back to, with the period that was being read. */
export const reportBack = (search: string): TBack => ({
  href: `/report${search}`,
  text: 'Back to the board report',
});

/**
 * Where a page's back link goes: where the person came from when that page said so in the
 * navigation state (a drill-down from the board report), else the page's own default. Only paths
 * inside this app are followed.
 */
export function backFrom(state: unknown, fallback: TBack): TBack {
  const back = (state as { back?: Partial<TBack> } | null)?.back;
  const { href, text } = back ?? {};
  const isLocal = typeof href === 'string' && href.startsWith('/') && !href.startsWith('//');
  return isLocal && typeof text === 'string' && text !== '' ? { href, text } : fallback;
}

export function useBackLink(fallback: TBack): TBack {
  return backFrom(useLocation().state, fallback);
}
