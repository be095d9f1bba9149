import type { AppRouter } from '@belonging/api';
import type { QueryClient } from '@tanstack/react-query';
import type { TRPCOptionsProxy } from '@trpc/tanstack-react-query';

/**
 * On a full page load of a landing page, fetches its code and data at once, alongside "who is
 * signed in", instead of one after the other. The board report is what the board opens from an
 * email, so its summary should appear in one round trip.
 */
export function preloadLandingPage(
  location: Location,
  queryClient: QueryClient,
  api: TRPCOptionsProxy<AppRouter>,
): void {
  if (location.pathname === '/report') {
    const periodId = new URLSearchParams(location.search).get('period') ?? undefined;
    void import('../pages/report/board-report-page.tsx');
    void queryClient.prefetchQuery(
      api.report.board.queryOptions(periodId ? { periodId } : undefined),
    );
    void queryClient.prefetchQuery(api.period.list.queryOptions());
  } else if (location.pathname === '/actions') {
    void import('../pages/my-actions-page.tsx');
    void queryClient.prefetchQuery(api.action.mine.queryOptions());
  }
}
