export * from './types.ts';
export * from './labels.ts';
export * from './classify.ts';
export { INTERSECT_CELLS } from './measure-tables.ts';
export * from './measures.ts';
export * from './kpi-values.ts';
