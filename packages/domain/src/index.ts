export {};
export * from './inputs/common.ts';
export * from './inputs/auth.ts';
export * from './inputs/action.ts';
export * from './inputs/kpi.ts';
export * from './reporting-period.ts';
