export * from './types.ts';
export * from './owner-emails.ts';
export * from './digest.ts';
export * from './snapshot-locked.ts';
export * from './preference-labels.ts';
