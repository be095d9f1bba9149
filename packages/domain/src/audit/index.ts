export * from './labels.ts';
export * from './values.ts';
export * from './changes.ts';
export * from './format.ts';
