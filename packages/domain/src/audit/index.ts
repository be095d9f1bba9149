export * from './labels.ts';
export * from './values.ts';
export * from './changes.ts';
export * from './format.ts';
export * from './names.ts';
export * from './ids.ts';
export * from './describe.ts';
export * from './vocabulary.ts';
