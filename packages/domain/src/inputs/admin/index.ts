// Input schemas of the EDI team's administration procedures; the admin app's forms use them too.
export * from './common.ts';
export * from './strategy.ts';
export * from './strategy-settings.ts';
export * from './action.ts';
export * from './kpi.ts';
export * from './period.ts';
export * from './board-paper.ts';
export * from './user.ts';
export * from './import.ts';
export * from './eds.ts';
export * from './workforce.ts';
export * from './restore.ts';
export * from './publication.ts';
export * from './sign-in-settings.ts';
