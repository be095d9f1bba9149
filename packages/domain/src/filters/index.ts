export * from './params.ts';
export * from './action-filter.ts';
export * from './kpi-filter.ts';
export * from './report-filter.ts';
