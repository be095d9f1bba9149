export {};
export * from './inputs/index.ts';
export * from './reporting-period.ts';
