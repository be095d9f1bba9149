export * from './types.ts';
export * from './owner-emails.ts';
export * from './digest.ts';
export * from './snapshot-locked.ts';
