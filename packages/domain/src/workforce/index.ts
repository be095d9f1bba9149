export * from './types.ts';
export * from './classify.ts';
