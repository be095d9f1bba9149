export * from './common.ts';
export * from './auth.ts';
export * from './action.ts';
export * from './kpi.ts';
export * from './audit.ts';
export * from './report.ts';
export * from './admin/index.ts';
export * from './board-paper.ts';
