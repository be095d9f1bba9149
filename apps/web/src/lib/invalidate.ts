import type { QueryClient } from '@tanstack/react-query';
import type { TApi } from '@belonging/client';

/** After an owner changes an action or milestone: the areas whose colours it moves. */
export async function invalidateActionAreas(queryClient: QueryClient, trpc: TApi): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries(trpc.action.pathFilter()),
    queryClient.invalidateQueries(trpc.report.pathFilter()),
    queryClient.invalidateQueries(trpc.strategy.pathFilter()),
  ]);
}

/** After a KPI value is recorded. */
export async function invalidateKpiAreas(queryClient: QueryClient, trpc: TApi): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries(trpc.kpi.pathFilter()),
    queryClient.invalidateQueries(trpc.action.pathFilter()),
    queryClient.invalidateQueries(trpc.report.pathFilter()),
    queryClient.invalidateQueries(trpc.strategy.pathFilter()),
  ]);
}
