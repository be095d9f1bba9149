export * from './schedule.ts';
export * from './sender/index.ts';
export * from './snapshot-locked-emails.ts';
export * from './templates/index.ts';
