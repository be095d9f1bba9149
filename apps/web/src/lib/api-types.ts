import type { inferOutput } from '@trpc/tanstack-react-query';
import type { TApi } from '@belonging/client';

// The shapes the pages draw, read from the API's router type (the browser never imports the API).
export type TMyActions = inferOutput<TApi['action']['mine']>;
export type TMyAction = TMyActions['actions'][number];
export type TActionDetail = inferOutput<TApi['action']['byId']>;
export type TKpiDetail = inferOutput<TApi['kpi']['byId']>;
export type TKpiSummary = inferOutput<TApi['kpi']['list']>[number];
export type TPeriod = inferOutput<TApi['period']['list']>[number];
export type TStrategyTree = inferOutput<TApi['strategy']['tree']>;
