export * from './framework-tags.ts';
export * from './indicators.ts';
export * from './workforce-kpi.ts';
export * from './indicator-help.ts';
export * from './workforce-save-plan.ts';
